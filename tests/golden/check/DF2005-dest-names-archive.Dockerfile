FROM debian:12
COPY build.out /tmp/data.tar.xz
RUN cd /opt && unxz /tmp/data.tar.xz
