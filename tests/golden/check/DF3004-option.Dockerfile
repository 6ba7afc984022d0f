FROM debian:12
RUN apt-get -o APT::Install-Recommends=false install -y curl
