FROM alpine:3.20
# escape=x
RUN true
