FROM alpine:3.20
COPY <<EOF /etc/motd
hello
EOF
