FROM debian:12
RUN curl -fsSL https://example.com/i.sh | sh && set -o pipefail
