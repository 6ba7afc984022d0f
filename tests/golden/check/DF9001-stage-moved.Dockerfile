FROM alpine:3.20 AS a
# dfopt stage ignore=DF1001
RUN true
FROM alpine:3.20
RUNN true
