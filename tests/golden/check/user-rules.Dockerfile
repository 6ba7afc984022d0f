FROM alpine:3 AS build
RUN echo bad && \
    curl -o /x https://example.com/x
COPY bad /bad
FROM alpine:3
RUN curl https://example.com/
