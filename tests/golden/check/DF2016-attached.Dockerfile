FROM debian:12
RUN /usr/sbin/useradd -m -u1234567 app
