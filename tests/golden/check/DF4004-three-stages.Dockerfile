FROM alpine:3.20 AS a
COPY --from=c /x /x
FROM alpine:3.20 AS b
COPY --from=a /x /x
FROM alpine:3.20 AS c
COPY --from=b /x /x
