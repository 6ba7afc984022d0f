FROM alpine:3.20
COPY secrets/README.md /doc/
