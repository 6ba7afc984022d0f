FROM debian:12
RUN env A=1 sudo -E make install
