# check=skip=all;bogus
FROM alpine:3.20
