FROM debian:12
RUN env DEBIAN_FRONTEND=noninteractive apt-get install -y curl
