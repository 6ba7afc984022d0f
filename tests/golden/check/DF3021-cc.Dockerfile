FROM opensuse/leap:15.6
RUN zypper -n in curl=8.6.0 && zypper cc
