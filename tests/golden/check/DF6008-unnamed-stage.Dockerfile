# any comment
FROM golang:1.22
