FROM fedora:40
RUN dnf module enable nodejs:20 && dnf clean all
