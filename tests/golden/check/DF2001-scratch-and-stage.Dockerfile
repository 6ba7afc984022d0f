FROM alpine:3.20 AS base
FROM base
FROM scratch
COPY --from=base /etc/os-release /
