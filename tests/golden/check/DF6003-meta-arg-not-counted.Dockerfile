arg V=1
FROM alpine:3.20
RUN echo $V
