FROM debian:12 AS debug
RUN apt-get update && apt-get install -y gcc
FROM debian:12 AS release
RUN echo release
