FROM debian:12
RUN vim /etc/hosts
