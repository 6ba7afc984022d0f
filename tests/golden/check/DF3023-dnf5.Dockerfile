FROM fedora:41
RUN dnf5 install nginx-1.26.2 && dnf5 clean all
