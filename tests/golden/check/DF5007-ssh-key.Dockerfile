FROM alpine:3.20
COPY id_rsa /root/.ssh/id_rsa
RUN git clone git@example.com:org/repo.git && rm /root/.ssh/id_rsa
