FROM debian:12
RUN if apt-get install -s curl-jit > /dev/null; then echo ok; fi
