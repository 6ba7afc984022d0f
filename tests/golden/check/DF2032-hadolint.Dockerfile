FROM alpine:3.20
# hadolint ignore=DL3018
RUN apk add curl
