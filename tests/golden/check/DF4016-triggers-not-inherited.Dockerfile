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
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
FROM alpine:3.20
