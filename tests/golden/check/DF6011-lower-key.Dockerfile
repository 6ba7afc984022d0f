FROM alpine:3.20
ARG api_key=x
