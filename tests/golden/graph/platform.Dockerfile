FROM --platform=$BUILDPLATFORM golang:1.21 AS cross
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM --platform=linux/arm64 alpine
COPY --from=cross /out/app /app
