FROM alpine:3.20
# hadolint ignore=DL9999
RUN echo hello
