FROM alpine:3.20
COPY --exclude=*.md --exclude=*.txt . /app
RUN --mount=type=cache,target=/a --mount=type=cache,target=/b true
