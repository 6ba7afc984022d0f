FROM alpine:3.20 AS a
RUN true
FROM alpine:3.20 AS b
COPY --from=a /etc/hosts /hosts
