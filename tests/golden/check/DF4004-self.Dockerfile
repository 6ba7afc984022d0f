FROM alpine:3.20 AS a
COPY --from=a /x /x
