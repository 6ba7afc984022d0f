FROM golang:1.23
FROM golang:1.23
FROM alpine:3.20
COPY --from=1 /out/app /app
