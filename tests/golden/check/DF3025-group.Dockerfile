FROM fedora:40
RUN dnf group install -y 'Development Tools' && dnf clean all
