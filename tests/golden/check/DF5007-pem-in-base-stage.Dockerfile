FROM alpine:3.20 AS base
COPY certs/client.pem /tmp/
RUN echo use && rm -rf /tmp/client.pem
FROM base
