FROM alpine:3.20
# dfopt ignore=unknown-instrction
RUN echo hello
