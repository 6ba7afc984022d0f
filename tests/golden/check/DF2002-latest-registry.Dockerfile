FROM ghcr.io/org/tool:latest AS tool
FROM alpine:3.20
COPY --from=tool /bin/tool /bin/
