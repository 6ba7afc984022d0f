FROM alpine:3.20
COPY --chown=app:app --chmod=0644 . /app
