FROM alpine:3.20
LABEL io.example.v2-beta=1 a1=2
