# dfopt global ignore DF1001
FROM alpine:3.20
