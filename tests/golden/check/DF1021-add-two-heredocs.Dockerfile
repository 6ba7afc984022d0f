FROM alpine:3.20
ADD <<A <<-B
a
A
b
B
