LABEL a=b
FROM alpine:3.20
