FROM alpine:3.20
LABEL maintainer="Jane" \
      org.opencontainers.image.source=https://example.com/app \
      org.opencontainers.image.created=2024-05-01T10:00:00Z \
      org.opencontainers.image.licenses=MIT \
      org.opencontainers.image.revision=1a2b3c4 \
      org.opencontainers.image.version=1.2.3 \
      contact=jane@example.com
