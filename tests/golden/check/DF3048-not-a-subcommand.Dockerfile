FROM debian:12
RUN echo apt-get upgrade \
 && apt-cache policy upgrade \
 && unattended-upgrade --dry-run
