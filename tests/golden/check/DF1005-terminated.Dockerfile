FROM alpine:3.20
RUN <<EOF
set -e
apk add --no-cache curl
EOF
