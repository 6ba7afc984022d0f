FROM alpine:3.20
HEALTHCHECK CMD ["wget", "-q", 1]
