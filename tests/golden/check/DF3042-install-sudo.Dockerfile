FROM debian:12
RUN apt-get install -y sudo=1.9.13p3-1 && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app
