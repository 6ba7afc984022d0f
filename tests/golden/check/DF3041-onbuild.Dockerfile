FROM alpine:3.20
ONBUILD RUN cd /src && make
