FROM a
RUN --mount=type=cache,target=/root/.cache,sharing=locked,id=go \
    --mount=type=bind,from=build,source=/out,target=/in,ro \
    --mount=type=secret,id=npmrc,dst=/root/.npmrc,required=true \
    --mount=type=ssh \
    --mount=type=tmpfs,target=/tmp,size=64m \
    --network=none --security=insecure \
    make
RUN --mount="type=bind,source=a b,target=/x" true
RUN --mount=type=cache,target=/c,uid=1000,gid=1000,mode=0755 true
