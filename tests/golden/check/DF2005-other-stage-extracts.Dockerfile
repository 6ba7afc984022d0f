FROM alpine:3.20 AS a
COPY app.tar.gz /tmp/
FROM alpine:3.20
RUN tar -xzf /tmp/app.tar.gz
