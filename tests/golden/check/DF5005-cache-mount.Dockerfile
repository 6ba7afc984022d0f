FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
