FROM debian:12
RUN /usr/bin/apt update
