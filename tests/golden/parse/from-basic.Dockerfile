# base images
FROM alpine:3.19
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
from debian AS Runtime
FROM build as test
