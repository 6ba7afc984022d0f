FROM debian:12
RUN apt-get install -y a=1 && apt-get --yes install b=1 && apt-get --assume-yes install c=1
