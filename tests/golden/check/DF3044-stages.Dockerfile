FROM alpine:3.20 AS a
RUN mkdir /a
FROM alpine:3.20
RUN mkdir /b
