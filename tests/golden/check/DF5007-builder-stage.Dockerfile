FROM alpine:3.20 AS fetch
COPY id_rsa /root/.ssh/id_rsa
RUN echo clone && rm /root/.ssh/id_rsa
FROM alpine:3.20
COPY --from=fetch /etc/os-release /
