FROM debian:12
RUN ln -s -f bash /usr/bin/sh
