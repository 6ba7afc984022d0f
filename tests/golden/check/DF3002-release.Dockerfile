FROM debian:12
RUN apt-get install -y -t bookworm-backports curl/bookworm-backports
