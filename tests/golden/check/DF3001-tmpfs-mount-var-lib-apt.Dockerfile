FROM debian:12
RUN --mount=type=tmpfs,target=/var/lib/apt \
    apt-get update && apt-get install -y curl
