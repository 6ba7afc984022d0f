FROM alpine:3.20
CMD /bin/app --serve
