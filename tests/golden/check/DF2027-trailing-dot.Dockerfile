FROM alpine:3.20
LABEL contact=jane@example.
