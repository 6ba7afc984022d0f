FROM alpine:3.20
LABEL org.opencontainers.image.revision=1A2B3C4
