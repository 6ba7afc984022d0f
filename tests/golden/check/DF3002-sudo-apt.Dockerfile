FROM debian:12
RUN sudo apt install -y git
