FROM alpine:3.20
run echo a
RUN echo b
