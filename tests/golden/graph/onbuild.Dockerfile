FROM alpine AS tools
RUN apk add --no-cache jq

FROM alpine AS template
ONBUILD COPY --from=tools /usr/bin/jq /usr/bin/jq
ONBUILD RUN --mount=from=busybox:1.36,target=/bb true
ONBUILD COPY --from=missing-stage /x /x

FROM template AS app-one
FROM template AS app-two

FROM scratch
COPY --from=app-one / /one
COPY --from=app-two / /two
