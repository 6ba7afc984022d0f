FROM debian:12 AS base
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]

FROM base
RUN wget -qO- https://example.com/a.tar.gz | tar xz
