FROM debian:12
RUN apt-get update \
 && apt-get install -y --only-upgrade openssl=3.0.15-1~deb12u1 \
 && rm -rf /var/lib/apt/lists/*
