FROM opensuse/leap:15.6
RUN zypper clean -a && zypper -n in curl=8.6.0
