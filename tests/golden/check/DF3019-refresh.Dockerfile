FROM opensuse/leap:15.6
RUN zypper refresh && zypper search curl
