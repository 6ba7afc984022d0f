FROM alpine:3.20
ONBUILD LABEL maintainer=jane@example.com
