FROM golang:1.22
RUN go version > /v
FROM alpine:3.20
COPY --from=0 /v /v
