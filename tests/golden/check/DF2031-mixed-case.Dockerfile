FROM alpine:3.20
entrypoint /a
ENTRYPOINT ["/b"]
