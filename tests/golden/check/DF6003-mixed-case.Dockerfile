FROM alpine:3.20
Run echo a
