FROM --platform=windows mcr.microsoft.com/windows/nanoserver:ltsc2022 AS app
