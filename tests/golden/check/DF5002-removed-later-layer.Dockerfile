FROM debian:12
RUN apt-get update && apt-get install -y build-essential
RUN apt-get purge -y build-essential
