FROM alpine:3.20
RUN --mount=type=CACHE,target=/c,mode=0755,uid=1000 true
