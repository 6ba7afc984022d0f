# syntax=docker/dockerfile:1
# comment

ARG VERSION=1
