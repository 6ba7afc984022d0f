ARG SRC=build
FROM alpine:3.20 AS build
FROM alpine:3.20
COPY --from=$SRC /etc/hosts /hosts
