FROM debian:12
RUN apt-get -qq install curl=7.88.1-10 && apt-get -q -q install wget=1.21
