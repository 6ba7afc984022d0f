FROM alpine:3.20
# dfopt ignore=DF1001;DF1004
RUN echo hello
