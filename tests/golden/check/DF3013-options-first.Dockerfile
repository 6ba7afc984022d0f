FROM alpine:3.20
RUN apk --no-cache add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing bash
