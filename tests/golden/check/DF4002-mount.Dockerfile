FROM alpine:3.20 AS app
RUN --mount=type=bind,from=build,source=/out,target=/src true
FROM alpine:3.20 AS build
RUN mkdir /out
