FROM alpine:3.20 AS build
RUN adduser -D builder
USER builder
RUN echo built > /tmp/out
FROM alpine:3.20
COPY --from=build /tmp/out /out
