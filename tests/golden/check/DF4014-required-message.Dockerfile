ARG TAG
FROM alpine:${TAG:?TAG_is_required}
