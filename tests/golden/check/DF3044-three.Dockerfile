FROM alpine:3.20
RUN a && b
RUN c
RUN d
