ARG VERSION
FROM alpine:${VERSION:?required}
FROM alpine:${VERSION
FROM alpine:${VERSION:=1}
