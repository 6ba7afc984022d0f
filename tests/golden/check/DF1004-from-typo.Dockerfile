FROM --plaform=linux/amd64 alpine:3.20
