FROM alpine:3.20
CMD ["/bin/app", "--serve"]
ENTRYPOINT ["/bin/tini", "--"]
