from golang:1.22 as build
