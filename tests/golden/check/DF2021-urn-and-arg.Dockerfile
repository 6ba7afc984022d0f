FROM alpine:3.20
ARG REPO=https://example.com/app
LABEL org.opencontainers.image.source=$REPO
