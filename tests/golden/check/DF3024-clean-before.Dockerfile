FROM fedora:40
RUN dnf clean all && dnf install -y nginx-1.26.1
