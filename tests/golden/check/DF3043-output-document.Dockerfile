FROM debian:12
RUN wget -O /tmp/a.tar.gz https://example.com/a.tar.gz
