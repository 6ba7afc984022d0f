FROM alpine:3.20
RUN --mount=type=cache,target=/c,mode=999 true
