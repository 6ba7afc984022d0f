FROM debian:12
RUN wget -nv https://example.com/a && wget -o /tmp/log https://example.com/b
