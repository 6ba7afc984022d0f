FROM opensuse/leap:15.6
RUN zypper -n install /tmp/pkg-1.0.x86_64.rpm && zypper clean
