ARG MOUNT=cache
FROM alpine:3.20
RUN --mount=type=$MOUNT,target=/c true
