FROM fedora:40
RUN dnf --assumeyes upgrade && dnf clean all
