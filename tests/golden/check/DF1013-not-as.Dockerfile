FROM alpine:3.20 TO build
