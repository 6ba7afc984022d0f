# syntax=docker/dockerfile:1
FROM a
RUN echo a \
    && echo b
CMD ["x"]
