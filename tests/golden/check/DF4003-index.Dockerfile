FROM alpine:3.20 AS base
FROM alpine:3.20
COPY --from=1 /etc/hosts /hosts
