# A static C program built with gcc, shipped on a small base.
FROM gcc:12.2 AS compile
COPY main.c /work/main.c
WORKDIR /work
RUN gcc -static -O2 -o hello main.c

FROM alpine:3.19
COPY --from=compile /work/hello /usr/local/bin/hello
ENTRYPOINT ["/usr/local/bin/hello"]
CMD []
