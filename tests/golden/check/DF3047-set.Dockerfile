FROM alpine:3.20
RUN set -eux -o pipefail; wget -qO- https://example.com/a.tar.gz | tar xz
