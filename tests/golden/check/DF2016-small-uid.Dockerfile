FROM debian:12
RUN useradd -u 10001 app && adduser -u 123456 other
