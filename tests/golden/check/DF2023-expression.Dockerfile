FROM alpine:3.20
LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
