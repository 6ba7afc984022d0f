ARG BASE=build
FROM alpine:3 AS build
RUN curl a
FROM alpine:3 AS other
RUN curl b
FROM ${BASE}
RUN true
