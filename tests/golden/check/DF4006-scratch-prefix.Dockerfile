FROM alpine:3.20 AS scratch-base
RUN true
