FROM fedora:40
RUN dnf module install -y nodejs:20/common && dnf clean all
