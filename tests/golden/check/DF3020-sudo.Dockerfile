FROM opensuse/leap:15.6
RUN sudo zypper -n dup
