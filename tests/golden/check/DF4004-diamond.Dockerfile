FROM alpine:3.20 AS base
FROM base AS left
FROM base AS right
FROM alpine:3.20
COPY --from=left /l /l
COPY --from=right /r /r
