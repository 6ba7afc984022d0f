FROM debian:12
RUN bash -o pipefail -c 'wget -qO- https://example.com/a.tar.gz | tar xz'
