FROM golang:1.22
WORKDIR /src
RUN go install -ldflags '-s -w' myapp/cmd/server
