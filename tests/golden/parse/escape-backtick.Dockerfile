# escape=`
FROM mcr.microsoft.com/windows/servercore
COPY testfile.txt c:\
RUN dir c:\ `
    && echo done
ENV PATH=c:\tools;c:\bin Q="a`"b"
COPY --chown=`"x`" a b
