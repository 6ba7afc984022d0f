FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T10:00:00.123+02:00"
