FROM alpine:3.20
WORKDIR "build dir"
