from alpine:3.20
add http://example.com/file /srv/file
