FROM opensuse/leap:15.6
RUN zypper -n install dup=1.0 && zypper clean
