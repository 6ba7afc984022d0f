FROM alpine:3.20 AS app
COPY --from=build /out /app
FROM alpine:3.20 AS build
RUN mkdir /out
