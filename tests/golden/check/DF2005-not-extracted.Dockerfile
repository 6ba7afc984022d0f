FROM alpine:3.20
COPY app.tar.gz /srv/downloads/
RUN ls /srv/downloads
