FROM debian:12
RUN ln -s /bin/sh /usr/local/bin/posix-sh
