# compile the program
FROM golang:1.22 AS build
