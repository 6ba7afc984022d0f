FROM alpine:3.20
ENV ="production"
