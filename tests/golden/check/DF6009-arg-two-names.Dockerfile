FROM alpine:3.20
ARG A B
