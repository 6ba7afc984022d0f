FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY hello.txt C:
