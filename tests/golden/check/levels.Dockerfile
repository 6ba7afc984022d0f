FROM alpine:3
FROBNICATE x
RUN a \

  b
