FROM alpine:3.20
ARG VERSION=2.0.0
LABEL org.opencontainers.image.version=${VERSION}
