FROM alpine:3.20
COPY --from=ghcr.io/astral-sh/uv:0.4.0 /uv /bin/
COPY --from=nginx@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30 /etc/nginx/nginx.conf /
