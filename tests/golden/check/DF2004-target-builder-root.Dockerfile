FROM golang:1.22 AS build
USER root
RUN go version > /v
FROM alpine:3.20
USER nobody
COPY --from=build /v /v
