FROM alpine:3.20 AS b
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
ONBUILD COPY --from=b /a /a
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
FROM b
COPY --from=b /a /a
COPY --from=b /a /a
COPY --from=b /a /a
