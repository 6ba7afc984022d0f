FROM node:22 AS web
FROM alpine:3.20
COPY --from=wbe /srv /srv
