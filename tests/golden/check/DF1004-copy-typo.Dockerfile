FROM alpine:3.20
COPY --chmown=app:app . /app
