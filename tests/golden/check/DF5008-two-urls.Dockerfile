FROM alpine:3.20
ADD https://example.com/a https://example.com/b /srv/
