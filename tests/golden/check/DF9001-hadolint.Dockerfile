FROM alpine:3.20
# hadolint ignore=DL3043
ONBUILD RUN make
