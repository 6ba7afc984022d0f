FROM debian:12
RUN <<EOF
set -e
apt-get update
apt-get -qq upgrade
EOF
