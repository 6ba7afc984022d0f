# syntax=docker/dockerfile:1
FROM golang:1.21 AS compiler
WORKDIR /go/src/example.com/counter/
COPY main.go ./
RUN CGO_ENABLED=0 go build -o counter .

FROM alpine:latest
RUN apk add --no-cache ca-certificates
WORKDIR /root/
COPY --from=compiler /go/src/example.com/counter/counter ./
COPY --from=nginx:latest /etc/nginx/mime.types /etc/mime.types
CMD ["./counter"]
