FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y curl
