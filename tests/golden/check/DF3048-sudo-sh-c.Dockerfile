FROM debian:12
USER 10001
RUN sudo sh -c 'apt-get update && apt-get upgrade -y'
