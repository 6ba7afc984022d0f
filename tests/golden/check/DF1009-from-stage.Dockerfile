FROM alpine:3.20 AS build
FROM alpine:3.20
RUN --mount=from=build,source=/etc,target=/src true
