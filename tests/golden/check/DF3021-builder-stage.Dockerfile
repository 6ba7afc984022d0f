FROM opensuse/leap:15.6 AS build
RUN zypper -n in gcc=7
RUN gcc -o /hello /src/hello.c

FROM opensuse/leap:15.6
COPY --from=build /hello /hello
