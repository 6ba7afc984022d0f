FROM alpine:3.20 AS debug
RUN echo debug
FROM alpine:3.20 AS release
RUN echo release
