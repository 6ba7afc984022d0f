FROM alpine:3.20
RUN mkdir /app
# own it
RUN chown nobody /app
