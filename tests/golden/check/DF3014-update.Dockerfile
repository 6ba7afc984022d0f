FROM alpine:3.20
RUN apk update && apk add --update curl=8.9.1-r0 && rm -rf /var/cache/apk/*
