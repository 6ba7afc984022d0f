FROM alpine:3.20
LABEL org.opencontainers.image.licenses=GPL-3.0-or-later
