FROM alpine:3.20 AS base
ONBUILD COPY --from=base /etc/hosts /hosts
FROM base
COPY --from=base /etc/hosts /hosts
