FROM golang:1.22
RUN go run github.com/a-h/templ/cmd/templ@v0.2.747 generate example.com/unpinned
