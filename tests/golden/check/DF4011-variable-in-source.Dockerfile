ARG SRC=/etc/hosts
FROM alpine:3.20 AS build
FROM alpine:3.20
ARG SRC
COPY --from=build ${SRC} /hosts
