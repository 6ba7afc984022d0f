FROM golang:1.23 AS build
FROM alpine:3.20
RUN --mount=from=5,target=/src true
