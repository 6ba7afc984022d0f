FROM alpine:3.20 AS base
ENTRYPOINT ["a"]
FROM base
ENTRYPOINT ["b"]
