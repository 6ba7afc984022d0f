FROM alpine:3.20
ONBUILD CMD ["a"]
CMD ["b"]
