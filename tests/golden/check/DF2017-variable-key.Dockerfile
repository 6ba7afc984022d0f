FROM alpine:3.20
ARG KEY=Bad_Key
LABEL ${KEY}=1
