FROM alpine:3.20
RUN apk add --no-cache \
# curl is needed by the health check
    curl
