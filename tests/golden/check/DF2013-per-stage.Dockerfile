FROM alpine:3.20
FROM --platform=linux/amd64 debian:12 AS other
