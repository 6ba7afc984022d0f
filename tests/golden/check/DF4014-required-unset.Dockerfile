ARG TAG
FROM alpine:${TAG:?}
