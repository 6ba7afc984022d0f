# The first stage is unnamed and copied from by index.
FROM golang:1.21-alpine
RUN apk add --no-cache git
WORKDIR /src/hello
COPY main.go .
RUN CGO_ENABLED=0 go build -o hello .

FROM alpine:latest
RUN apk add --no-cache ca-certificates
WORKDIR /home/app
COPY --from=0 /src/hello/hello .
CMD ["./hello"]
