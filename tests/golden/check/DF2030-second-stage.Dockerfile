FROM alpine:3.20 AS a
CMD ["a"]
FROM alpine:3.20
CMD ["b"]
CMD ["c"]
