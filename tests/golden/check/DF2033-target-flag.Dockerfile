FROM alpine:3.20 AS build
RUN echo built > /tmp/out
FROM alpine:3.20 AS app
COPY --from=build /tmp/out /out
USER 10001
