FROM alpine AS builder
FROM alpine AS runtime
