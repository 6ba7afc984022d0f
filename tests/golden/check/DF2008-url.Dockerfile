FROM alpine:3.20
ADD https://example.com/file.txt /srv/
