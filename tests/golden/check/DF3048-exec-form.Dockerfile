FROM debian:12
RUN ["apt-get", "-y", "dist-upgrade"]
