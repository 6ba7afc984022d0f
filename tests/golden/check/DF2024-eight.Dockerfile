FROM alpine:3.20
LABEL org.opencontainers.image.revision=1a2b3c4d
