FROM alpine:3.20 AS b
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
ONBUILD RUN --mount=from=b,target=/b true
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
