FROM alpine:3.20
# dfopt ignore=unknown-instruction
RUN echo hello
