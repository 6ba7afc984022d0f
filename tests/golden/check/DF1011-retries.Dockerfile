FROM alpine:3.20
HEALTHCHECK --retries=-1 CMD true
