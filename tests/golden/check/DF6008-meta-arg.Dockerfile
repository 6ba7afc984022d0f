# pick the base
ARG BASE=alpine:3.20
FROM $BASE
