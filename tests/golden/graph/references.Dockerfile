ARG REGISTRY=registry.example.com:5000
FROM ${REGISTRY}/team/base:2024.1 AS base
FROM localhost/dev/tool AS tool
FROM index.docker.io/library/debian:bookworm@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS pinned
FROM bitnami/redis AS redis
FROM base
COPY --from=tool /t /t
COPY --from=pinned /etc/debian_version /
COPY --from=redis /opt/bitnami /opt/bitnami
COPY --from=quay.io/prometheus/busybox /bin/busybox /bin/
