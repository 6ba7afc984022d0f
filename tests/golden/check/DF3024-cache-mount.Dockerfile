FROM fedora:40
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.26.1
