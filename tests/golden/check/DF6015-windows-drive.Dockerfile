# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
ENV GOPATH=C:\gopath
WORKDIR $GOPATH
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
WORKDIR C:/go
