FROM alpine:3.20
WORKDIR /app
COPY package.json package-lock.json .
