FROM golang:1.22 AS build
USER nobody
RUN go version
FROM alpine:3.20
COPY --from=build /usr/local/go/VERSION /VERSION
USER 10001
