FROM alpine:3.20
FROBNICATE --all
