FROM fedora:40
RUN dnf module install -y nodejs && dnf clean all
