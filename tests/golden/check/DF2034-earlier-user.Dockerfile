FROM alpine:3.20
USER postgres
RUN id
USER 10001
