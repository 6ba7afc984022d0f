FROM alpine:3.20
FROM library/debian:12
