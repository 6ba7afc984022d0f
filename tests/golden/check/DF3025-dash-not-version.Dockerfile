FROM fedora:40
RUN dnf install -y python3-devel perl-Net-SSLeay && dnf clean all
