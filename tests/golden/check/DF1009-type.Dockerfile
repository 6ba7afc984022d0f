FROM alpine:3.20
RUN --mount=type=volume,target=/data true
