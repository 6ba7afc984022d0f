FROM debian:12
# hadolint ignore=DL3008
RUN apt-get install -y curl
# dfopt ignore=unpinned-apt-package
RUN apt-get install -y wget
RUN apt-get install -y git
