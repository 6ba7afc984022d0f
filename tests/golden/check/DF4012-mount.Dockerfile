FROM golang:1.23 AS builder
FROM alpine:3.20
RUN --mount=from=biulder,source=/out,target=/out true
