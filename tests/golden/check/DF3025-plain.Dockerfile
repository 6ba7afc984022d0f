FROM fedora:40
RUN dnf install -y nginx && dnf clean all
