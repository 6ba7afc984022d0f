FROM debian:12
RUN wget -q https://example.com/a.tar.gz || true && echo 'a | b'
