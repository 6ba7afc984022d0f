FROM golang:1.22 AS builder
RUN go version > /v
FROM alpine:3.20
COPY --from=buidler /v /v
