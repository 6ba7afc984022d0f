FROM alpine:3.20
ADD --chown=1000 notes.txt /srv/
