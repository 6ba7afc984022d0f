FROM alpine:3.20
# dfopt ignore
RUN echo hello
