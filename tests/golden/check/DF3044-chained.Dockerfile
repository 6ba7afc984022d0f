FROM alpine:3.20
RUN mkdir /app && chown nobody /app
RUN echo done
