FROM alpine:3.20
LABEL maintainer="Jane Doe"
