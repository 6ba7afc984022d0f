FROM alpine AS a
COPY --from=c /c /c

FROM alpine AS b
COPY --from=a /a /a

FROM alpine AS c
RUN --mount=from=b,target=/b cp /b/a /c

FROM alpine AS final
COPY --from=c /c /c
