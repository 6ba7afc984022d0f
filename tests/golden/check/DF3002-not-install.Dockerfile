FROM debian:12
RUN apt-get remove -y curl && apt-cache show curl
