FROM debian:12
RUN apt-get -q install curl=7.88.1-10
