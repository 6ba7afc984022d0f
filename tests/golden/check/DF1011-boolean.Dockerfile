FROM alpine:3.20
COPY --link=maybe . /app
