FROM debian:12
RUN groupadd -g 20000000 app && useradd --uid 20000000 -g app app
