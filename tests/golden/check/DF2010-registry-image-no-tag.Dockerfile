FROM alpine:3.20
COPY --from=ghcr.io/astral-sh/uv /uv /bin/
