FROM debian:12
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/i.sh | sh
