FROM debian:12
RUN echo apt && ls /etc/apt
