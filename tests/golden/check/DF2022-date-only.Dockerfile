FROM alpine:3.20
LABEL org.opencontainers.image.created=2024-05-01
