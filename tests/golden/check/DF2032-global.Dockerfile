# hadolint global ignore=DL3018
# dfopt global ignore=DF2003
FROM alpine:3.20
