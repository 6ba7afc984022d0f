FROM alpine:3.20
ARG PIP_INDEX_URL=https://build:s3cr3t@pypi.example.com/simple
