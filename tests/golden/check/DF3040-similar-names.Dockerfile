FROM debian:12
RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && killall -q x; pstree
