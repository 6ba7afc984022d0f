FROM alpine:3.20
LABEL homepage=not-a-url
