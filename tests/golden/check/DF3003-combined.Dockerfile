FROM debian:12
RUN apt-get -qy install curl=7.88.1-10
