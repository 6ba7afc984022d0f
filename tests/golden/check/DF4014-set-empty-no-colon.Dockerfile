ARG TAG=
FROM alpine:3.20${TAG?}
