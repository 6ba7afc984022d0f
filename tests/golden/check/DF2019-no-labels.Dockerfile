FROM alpine:3.20
ENV description=x
