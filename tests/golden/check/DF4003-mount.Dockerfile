FROM alpine:3.20 AS app
RUN --mount=from=app,target=/self true
