FROM quay.io/acme/app:1.0
LABEL maintainer="ops@example.com" version="1.2"
RUN true
