FROM debian:12 AS a
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/i.sh | bash

FROM debian:12
RUN curl -fsSL https://example.com/i.sh | bash
