FROM alpine:3.20 AS base
ONBUILD COPY --from=assets /srv /srv
FROM base AS app
FROM alpine:3.20 AS assets
