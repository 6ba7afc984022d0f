FROM debian:12
RUN apt-get update && apt-get -s upgrade && apt-get --dry-run dist-upgrade
