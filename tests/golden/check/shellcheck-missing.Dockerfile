FROM alpine:3.20
ARG VERSION=1
RUN echo $VERSION && \
	ls `pwd`
RUN <<EOF
echo $undefined
EOF
RUN cat <<EOF > /etc/motd && echo done
not a script: $x
EOF
RUN <<EOF
#!/usr/bin/env python3
print("not shell")
EOF
# hadolint ignore=SC2006
RUN ls `pwd`
