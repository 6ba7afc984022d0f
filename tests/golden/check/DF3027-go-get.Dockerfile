FROM golang:1.22
RUN go get -u github.com/pkg/errors
