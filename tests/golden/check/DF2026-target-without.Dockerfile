FROM alpine:3.20 AS base
FROM base AS app
RUN echo app
