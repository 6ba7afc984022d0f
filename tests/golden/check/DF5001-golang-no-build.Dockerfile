FROM golang:1.22
RUN go version
