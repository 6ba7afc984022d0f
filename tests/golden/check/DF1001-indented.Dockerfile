FROM alpine:3.20
   COPPY . /app
