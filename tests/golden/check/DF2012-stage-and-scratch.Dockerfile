FROM docker.io/library/alpine:3.20 AS base
FROM base
FROM scratch
