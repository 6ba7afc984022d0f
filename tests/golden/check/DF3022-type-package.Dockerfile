FROM opensuse/leap:15.6
RUN zypper -n in -t package vim && zypper clean
