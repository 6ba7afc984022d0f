FROM a
EXPOSE 80 443/tcp	53/udp
VOLUME /data /logs
VOLUME ["/var/lib/db", "/var/log"]
VOLUME [""]
EXPOSE
