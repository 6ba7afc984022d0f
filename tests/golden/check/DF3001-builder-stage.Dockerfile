FROM debian:12 AS build
RUN apt-get update && apt-get install -y gcc
RUN gcc -o /hello /src/hello.c

FROM debian:12
COPY --from=build /hello /hello
