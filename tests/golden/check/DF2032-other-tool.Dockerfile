# shellcheck disable=SC2086
FROM alpine:3.20
