FROM alpine:3.20
RUN --mount=type=secret,id=t cat /run/secrets/t
RUN --mount=type=secret,id=t cat /run/secrets/t
