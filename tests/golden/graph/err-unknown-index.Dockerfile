FROM alpine AS one
FROM alpine AS two
COPY --from=2 /etc/os-release /
COPY --from=-1 /etc/os-release /
