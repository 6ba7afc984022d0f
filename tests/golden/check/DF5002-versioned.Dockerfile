FROM alpine:3.20 AS base
RUN apk add --no-cache gcc=13.2.1_git20240309-r0
FROM base
