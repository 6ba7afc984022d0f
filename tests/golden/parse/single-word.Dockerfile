FROM a
USER app:app
USER
WORKDIR /srv/app dir
STOPSIGNAL SIGQUIT
MAINTAINER Jane Doe <jane@example.com>
WORKDIR --x=1 /
