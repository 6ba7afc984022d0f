FROM debian:12
USER root:staff
