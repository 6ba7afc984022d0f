FROM alpine:3.20 AS a
# dfopt stage ignore=DF1001
RUN true
RUNN true
