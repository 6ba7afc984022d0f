FROM debian:12
RUN useradd --no-log-init --uid 20000000 app
