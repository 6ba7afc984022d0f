FROM golang:1.22
WORKDIR /src
COPY main.go go.mod ./
RUN go build -o /app .
