FROM alpine:3.20
# dfopt global ignore=DF1001
RUN echo hello
