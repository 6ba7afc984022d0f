FROM alpine:3.20
# dfopt ignore=DF9999
RUN echo hello
