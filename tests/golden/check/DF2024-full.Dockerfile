FROM alpine:3.20
LABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567
