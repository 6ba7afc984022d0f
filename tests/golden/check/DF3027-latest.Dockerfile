FROM golang:1.22
RUN go install github.com/go-delve/delve/cmd/dlv@latest
