# compile
FROM golang:1.21 as compile
COPY main.go /src/
WORKDIR /src
RUN CGO_ENABLED=0 go build -ldflags '-s -w' -o /server

# a static binary needs nothing else
FROM scratch
COPY --from=compile /server /server
ENTRYPOINT ["/server"]
