FROM alpine:3.20
ENTRYPOINT ["a"]
RUN echo x
ENTRYPOINT ["b"]
