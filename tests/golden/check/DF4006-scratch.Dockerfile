FROM alpine:3.20 AS scratch
RUN true
