FROM alpine:3.20
RUN mkdir /app
WORKDIR /app
RUN touch x
