FROM fedora:40
RUN dnf install -y nginx-1.26.1 && rm -rf /var/cache/dnf
