FROM alpine:3.20
ENTRYPOINT exec /bin/app "$@" | tee /log
