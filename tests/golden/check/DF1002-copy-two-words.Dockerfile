FROM alpine:3.20
COPY app.py /app/
