FROM alpine:3.20
HEALTHCHECK CMD true
CMD ["b"]
