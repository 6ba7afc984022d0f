FROM alpine:3.20
ONBUILD CMD /bin/app
CMD ["/bin/app"]
