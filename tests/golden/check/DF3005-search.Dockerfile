FROM debian:12
RUN apt search curl
