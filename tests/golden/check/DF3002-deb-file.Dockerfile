FROM debian:12
RUN apt-get install -y ./pkg_1.0_amd64.deb
