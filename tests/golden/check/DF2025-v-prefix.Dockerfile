FROM alpine:3.20
LABEL org.opencontainers.image.version=v1.2.3
