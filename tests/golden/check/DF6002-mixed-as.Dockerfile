FROM golang:1.22 As build
