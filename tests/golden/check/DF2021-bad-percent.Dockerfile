FROM alpine:3.20
LABEL org.opencontainers.image.source=https://example.com/%zz
