FROM fedora:40
RUN dnf makecache && dnf clean all
