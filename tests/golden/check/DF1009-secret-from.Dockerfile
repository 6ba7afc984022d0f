FROM alpine:3.20 AS keys
FROM alpine:3.20
RUN --mount=type=secret,id=npmrc,from=keys true
