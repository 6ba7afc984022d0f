FROM opensuse/leap:15.6
RUN zypper install -y curl=8.6.0 && zypper in --no-confirm wget=1.21 && zypper clean
