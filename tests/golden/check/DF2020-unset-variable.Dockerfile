FROM alpine:3.20
ARG WHO
LABEL maintainer=$WHO
