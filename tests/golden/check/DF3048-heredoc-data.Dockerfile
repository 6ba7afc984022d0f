FROM debian:12
COPY <<EOF /usr/local/bin/maint
#!/bin/sh
apt-get -y upgrade
EOF
RUN cat <<EOF > /notes
apt-get dist-upgrade
EOF
