FROM debian:12
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl
