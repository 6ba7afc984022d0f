FROM alpine:3.20
COPY app.conf /srv/<<EOF
