FROM alpine:3.20
RUN apk --no-cache add curl=8.9.1-r0
