FROM alpine:3.20 build
