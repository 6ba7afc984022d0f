FROM alpine:3.20
ARG OUT=build/app
COPY $OUT /usr/local/bin/app
