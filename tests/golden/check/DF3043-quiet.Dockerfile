FROM debian:12
RUN wget -q https://example.com/a && wget -qO- https://example.com/b | tar x && wget --quiet https://example.com/c
