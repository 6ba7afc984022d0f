FROM debian:12
RUN wget --progress=dot:giga https://example.com/a.tar.gz
