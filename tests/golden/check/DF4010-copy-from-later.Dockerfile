FROM alpine:3.20 AS a
COPY --from=build /x /x
FROM alpine:3.20 AS build
