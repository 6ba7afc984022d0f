FROM alpine:3.20
ONBUILD MAINTAINER jane@example.com
