FROM debian:12
RUN apt-get update && apt-get install -y gcc && echo built && apt-get purge -y gcc
