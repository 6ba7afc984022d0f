FROM alpine:3 AS x
FROBNICATE x
FROM alpine:3 AS x
