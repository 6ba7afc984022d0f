# build compiles the program
FROM golang:1.22 AS build
# VERSION is the version to install
ARG VERSION=1
