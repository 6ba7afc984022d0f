FROM debian:12
USER root
RUN mkdir /data
