ARG SRC=build
FROM alpine:3.20 AS build
FROM alpine:3.20
RUN --mount=from=$SRC,target=/src true
