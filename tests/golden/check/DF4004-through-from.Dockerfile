FROM alpine:3.20 AS a
COPY --from=b /x /x
FROM a AS b
