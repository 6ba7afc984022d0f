FROM alpine@sha256:abc
