FROM debian:12
RUN useradd -l -u 100000 app
