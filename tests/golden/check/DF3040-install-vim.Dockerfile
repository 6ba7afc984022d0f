FROM debian:12
RUN apt-get install -y vim=2:9.0.1378-2 openssh-client=1:9.2p1-2
