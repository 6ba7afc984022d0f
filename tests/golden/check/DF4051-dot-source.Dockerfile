FROM golang:1.22 AS build
FROM scratch
COPY --from=build . /
