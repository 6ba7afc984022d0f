# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN mkdir /app
RUN <<EOF
touch /app/x
EOF
