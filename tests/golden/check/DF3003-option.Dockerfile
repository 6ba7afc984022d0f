FROM debian:12
RUN apt-get -o APT::Get::Assume-Yes=true install curl=7.88.1-10
