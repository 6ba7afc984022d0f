FROM Alpine:3
FROM ubuntu:22.04:extra
FROM debian@sha256:1234
FROM alpine
COPY --from=ghcr.io/Owner/tool:1 /tool /tool
