FROM alpine:3.20
RUN apk add --no-cache --allow-untrusted /tmp/pkg-1.0-r0.apk
