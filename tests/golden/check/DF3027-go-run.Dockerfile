FROM golang:1.22
RUN go run github.com/a-h/templ/cmd/templ@latest generate
