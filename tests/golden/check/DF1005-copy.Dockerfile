FROM alpine:3.20
COPY <<EOF /etc/app.conf
listen 8080
