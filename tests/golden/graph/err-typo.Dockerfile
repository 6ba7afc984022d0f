FROM golang:1.21 AS builder
RUN go build -o /app .
FROM alpine
COPY --from=buidler /app /app
RUN --mount=from=bulder,target=/b true
