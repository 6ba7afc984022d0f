FROM debian:12
RUN sudo mkdir /data
