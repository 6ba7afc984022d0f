FROM golang:1.22
WORKDIR /src
RUN go install ./cmd/... && go run . && go build -o /app .
