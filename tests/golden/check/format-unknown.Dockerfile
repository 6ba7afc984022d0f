FROM debian:latest
RUN apt-get install -y curl
