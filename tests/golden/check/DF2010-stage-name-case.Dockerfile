FROM golang:1.22 AS Build
RUN go version > /v
FROM alpine:3.20
COPY --from=build /v /v
