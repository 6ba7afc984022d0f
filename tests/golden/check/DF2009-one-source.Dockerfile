FROM alpine:3.20
COPY a /dest
COPY *.json /cfg
