FROM alpine:3.20 AS rootfs
FROM alpine:3.20
COPY --from=rootfs / /rootfs/
