FROM alpine:3.20 AS build
RUN mkdir -p /build && touch /build/app
FROM alpine:3.20
COPY --from=build /build/app /app
COPY *.log /logs/
