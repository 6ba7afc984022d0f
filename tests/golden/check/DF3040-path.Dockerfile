FROM debian:12
RUN /sbin/shutdown -h now
