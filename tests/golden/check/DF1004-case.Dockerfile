FROM alpine:3.20
COPY --Chown=app:app . /app
