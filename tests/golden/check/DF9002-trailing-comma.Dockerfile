FROM alpine:3.20
# dfopt ignore=DF1001,
RUN echo hello
