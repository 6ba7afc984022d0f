# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY a.dll b.dll C:\Windows\System32\
