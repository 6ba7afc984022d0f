FROM alpine:3.20
ARG PASS
ENV URL=https://build:${PASS}@example.com/
