FROM alpine:3.20 AS release
FROM alpine:3.20
