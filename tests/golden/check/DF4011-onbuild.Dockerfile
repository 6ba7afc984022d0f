FROM alpine:3.20 AS base
ONBUILD COPY --from=$SRC /etc/hosts /hosts
FROM base
FROM base
