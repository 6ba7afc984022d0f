FROM alpine:3.20 AS release
RUN true
