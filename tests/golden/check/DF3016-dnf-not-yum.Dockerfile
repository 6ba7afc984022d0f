FROM fedora:40
RUN dnf -y install nginx-1.26.1 && dnf clean all
