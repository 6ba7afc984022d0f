FROM alpine:3.20
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt
