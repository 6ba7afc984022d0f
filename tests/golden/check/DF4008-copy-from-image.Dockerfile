FROM alpine:3.20
COPY --from=Alpine:3.20 /etc/hosts /hosts
