FROM alpine:3.20 AS tools
SHELL ["/bin/ash", "-c"]
FROM alpine:3.20
CMD echo hello
