# escape=`
FROM alpine:3.20
WORKDIR C:\

RUN dir
