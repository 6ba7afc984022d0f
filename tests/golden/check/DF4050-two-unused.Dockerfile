FROM alpine:3.20
RUN echo one
FROM alpine:3.20
RUN echo two
FROM alpine:3.20 AS app
