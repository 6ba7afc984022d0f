FROM alpine:3.20
HEALTHCHECK --interval=5 CMD true
