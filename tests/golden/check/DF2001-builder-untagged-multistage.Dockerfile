FROM golang AS build
RUN go version
FROM alpine:3.20
COPY --from=build /usr/local/go/VERSION /
