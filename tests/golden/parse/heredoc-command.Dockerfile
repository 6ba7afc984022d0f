FROM a
RUN python3 <<EOF
print("hi")
EOF
RUN cat <<EOF > /etc/motd && chmod 644 /etc/motd
Welcome
EOF
COPY --chmod=755 <<EOF /usr/local/bin/hello
#!/bin/sh
echo hello
EOF
ONBUILD RUN <<EOF
echo from onbuild
EOF
RUN <<E\OF
escaped name
EOF
