FROM debian:12
ARG PKGS
RUN apt-get install -y $PKGS
