FROM --platform=$TARGET_PLATFORM alpine:3.20 AS app
