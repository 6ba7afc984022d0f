FROM alpine:3.20 AS build
RUN apk add gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0
RUN gcc -static -o /hello /src/hello.c

FROM scratch
COPY --from=build /hello /hello
