FROM golang:1.23 AS builder
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=builder /out/app /app
