FROM base
RUN true
FROM alpine AS base
