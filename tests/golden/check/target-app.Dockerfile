FROM alpine:3 AS build
RUN curl -o /x https://example.com/x
FROM alpine:3 AS app
RUN curl -o /y https://example.com/y
FROM build AS final
