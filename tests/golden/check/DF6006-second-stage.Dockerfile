FROM alpine:3.20 AS a
FROM --platform=$TARGETPLATFORM a
