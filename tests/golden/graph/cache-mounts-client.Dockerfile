# Toolchain version chosen by a global ARG; cache and bind mounts; two
# final stages, either of which can be the target.
ARG TOOLCHAIN=1.21
FROM golang:${TOOLCHAIN}-bookworm AS deps
WORKDIR /code
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=bind,source=go.mod,target=go.mod \
    go mod download

FROM deps AS compile-cli
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=bind,target=. \
    go build -o /out/cli ./cmd/cli

FROM deps AS compile-daemon
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=bind,target=. \
    go build -o /out/daemon ./cmd/daemon

FROM scratch AS cli
COPY --from=compile-cli /out/cli /cli
ENTRYPOINT ["/cli"]

FROM scratch AS daemon
COPY --from=compile-daemon /out/daemon /daemon
ENTRYPOINT ["/daemon"]
