FROM alpine:3.20 AS a
WORKDIR /app
FROM alpine:3.20
COPY app.sh ./
