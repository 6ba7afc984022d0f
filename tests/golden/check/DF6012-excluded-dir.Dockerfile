FROM alpine:3.20
COPY secrets/api.key /etc/app/
