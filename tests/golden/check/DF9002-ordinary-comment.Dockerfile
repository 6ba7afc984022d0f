FROM alpine:3.20
# dfopt is great
# hadolint shell=bash
RUN echo hello
