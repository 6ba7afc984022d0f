FROM alpine:3.20
WORKDIR /tmp
RUN make
