FROM alpine:3.20
ADD app.tar.gz /opt/
