FROM alpine:3.20 AS app
COPY --from=APP /etc/hosts /hosts
