FROM alpine:3.20
COPY <<EOF
listen 8080
EOF
