FROM golang:1.23 AS build-go
RUN go build ./...
FROM node:22 AS build-web
RUN npm ci
