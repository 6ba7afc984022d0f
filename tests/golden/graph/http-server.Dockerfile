FROM golang:alpine3.19 AS build
COPY server.go /code/server.go
WORKDIR /code
RUN go build server.go

FROM alpine:3.19.1
COPY --from=build /code/server /usr/bin/server
EXPOSE 8000
ENTRYPOINT ["/usr/bin/server"]
