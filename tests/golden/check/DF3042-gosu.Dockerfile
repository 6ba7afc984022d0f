FROM debian:12
RUN gosu nobody true
