FROM alpine:3.20
LABEL description a small image
