FROM alpine:3
RUN echo ok
