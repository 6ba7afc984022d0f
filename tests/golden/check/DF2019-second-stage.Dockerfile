FROM alpine:3.20 AS a
FROM a
LABEL build-date=today
