FROM alpine:3.20
ONBUILD RUN echo building a child image
