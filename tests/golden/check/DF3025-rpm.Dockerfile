FROM fedora:40
RUN dnf install -y /tmp/x.rpm && dnf clean all
