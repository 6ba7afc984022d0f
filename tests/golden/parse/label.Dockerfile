FROM a
LABEL org.opencontainers.image.title="My image" \
      org.opencontainers.image.version=1.0 \
      "quoted.key"='single quoted'
LABEL maintainer Jane Doe <jane@example.com>
LABEL empty=
