FROM golang:1.23 AS build
RUN go build ./...
FROM node:22 AS build
RUN npm ci
