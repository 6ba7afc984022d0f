FROM golang:1.22 AS BUILD
FROM alpine:3.20
COPY --from=build /usr/local/go/VERSION /
