FROM debian:12
RUN ln -sf /usr/bin/python3 /usr/bin/python
