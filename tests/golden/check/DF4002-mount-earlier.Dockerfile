FROM alpine:3.20 AS build
FROM alpine:3.20 AS app
RUN --mount=from=build,source=/out,target=/src true
