FROM alpine:3.20 AS build
RUN tar -czf /app.tar.gz /etc
FROM alpine:3.20
COPY --from=build /app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz
