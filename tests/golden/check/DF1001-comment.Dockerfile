FROM alpine:3.20
# RUNN apk add curl
RUN true
