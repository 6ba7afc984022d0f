FROM alpine:3.20
RUN sh -c 'cd /src; make'
