FROM a
CMD ["echo", 1]
ENTRYPOINT [true, null]
RUN ["ok", {"k": [1, 2]}]
VOLUME [42]
