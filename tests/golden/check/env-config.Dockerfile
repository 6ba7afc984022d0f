FROM alpine:3
RUN echo bad
FROBNICATE
