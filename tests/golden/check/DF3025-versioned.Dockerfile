FROM fedora:40
RUN dnf install -y nginx-1.26.1-1.fc40 python3-devel-3.12.4 && dnf clean all
