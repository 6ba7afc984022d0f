FROM alpine:3.20
LABEL contact=jane.doe+docker@example.com
