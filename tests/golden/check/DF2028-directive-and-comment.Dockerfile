# syntax=docker/dockerfile:1
# a comment
FROM alpine:3.20
