ARG BASE=build
FROM ${BASE}
FROM alpine:3.20 AS build
