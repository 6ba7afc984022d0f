FROM alpine:3.20
COPY ./app.log /var/log/
