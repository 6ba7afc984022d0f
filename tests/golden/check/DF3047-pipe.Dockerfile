FROM debian:12
RUN wget -qO- https://example.com/a.tar.gz | tar xz
