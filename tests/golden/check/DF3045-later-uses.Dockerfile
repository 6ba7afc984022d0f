FROM debian:12
RUN curl -fsSLO https://example.com/a
RUN wget -q https://example.com/b
RUN curl -fsSLO https://example.com/c
