FROM alpine:3.20
ARG BUILD_DATE
LABEL org.opencontainers.image.created=$BUILD_DATE
