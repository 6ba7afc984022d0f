FROM golang:1.22
RUN go version > /v
FROM golang:1.22
RUN go env > /e
FROM alpine:3.20
COPY --from=1 /e /e
