FROM alpine:3.20
ENV GREETING="hello world
