FROM opensuse/leap:15.6
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl=8.6.0
