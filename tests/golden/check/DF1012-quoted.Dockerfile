FROM alpine:3.20
LABEL "com.example.vendor name"="ACME Inc" version=1.0
