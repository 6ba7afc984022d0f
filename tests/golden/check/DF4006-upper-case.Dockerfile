FROM alpine:3.20 AS Scratch
RUN true
