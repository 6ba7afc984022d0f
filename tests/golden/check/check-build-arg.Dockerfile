# check=error=true
FROM alpine:3 AS x
RUN true
FROM alpine:3 AS x
