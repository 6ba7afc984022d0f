ARG TAG=3.20
FROM alpine:${TAG:?}
