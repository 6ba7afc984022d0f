FROM alpine:3.20 AS app-base
FROM alpine:3.20 AS app
COPY --from=app-base /etc/hosts /hosts
