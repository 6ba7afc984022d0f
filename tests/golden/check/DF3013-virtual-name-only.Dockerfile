FROM alpine:3.20
RUN apk add --no-cache -t .deps gcc=13.2.1_git20240309-r0
