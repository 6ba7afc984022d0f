FROM alpine:3.20
WORKDIR /opt/$APP
