FROM alpine:3.20
onbuild from debian:12
