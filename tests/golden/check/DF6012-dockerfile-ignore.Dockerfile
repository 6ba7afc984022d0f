FROM alpine:3.20
COPY notes.txt /srv/
COPY app.log /srv/
