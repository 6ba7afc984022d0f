FROM centos:7 AS build
RUN yum install -y gcc-4.8.5
RUN gcc -o /hello /src/hello.c

FROM centos:7
COPY --from=build /hello /hello
