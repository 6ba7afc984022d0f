FROM alpine AS app
COPY --from=assets /dist /srv
RUN --mount=from=assets,target=/a ls /a
COPY --from=2 /x /x

FROM node:20 AS assets
RUN npm run build

FROM alpine
