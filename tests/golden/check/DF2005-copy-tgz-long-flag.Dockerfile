FROM alpine:3.20
COPY dist/app.tgz /tmp/app.tgz
RUN tar --extract --file /tmp/app.tgz
