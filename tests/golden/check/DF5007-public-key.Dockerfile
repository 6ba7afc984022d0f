FROM alpine:3.20
COPY id_rsa.pub /tmp/
RUN rm /tmp/id_rsa.pub
