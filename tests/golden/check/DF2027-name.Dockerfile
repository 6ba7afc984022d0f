FROM alpine:3.20
LABEL contact="Jane Doe"
