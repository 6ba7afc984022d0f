FROM alpine:3.20
CMD echo a
RUN echo x
CMD ["b"]
