ARG SRC=builder
FROM alpine AS builder
FROM alpine
COPY --from=$SRC /x /x
COPY --from=${SRC} /y /y
RUN --mount=from=$SRC,target=/m true
