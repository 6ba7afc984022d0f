FROM alpine:3.20
LABEL Version=1
