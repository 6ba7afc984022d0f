FROM fedora:40 AS build
RUN dnf install -y gcc-14.1.1
RUN gcc -o /hello /src/hello.c

FROM fedora:40
COPY --from=build /hello /hello
