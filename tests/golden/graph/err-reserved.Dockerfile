FROM alpine AS scratch
FROM alpine AS context
FROM scratch
