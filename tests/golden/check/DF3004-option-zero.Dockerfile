FROM debian:12
RUN apt-get install -y --option=APT::Install-Recommends=0 curl
