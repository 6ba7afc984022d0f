FROM alpine:3.20
COPY <<EOF
hello
EOF
