# syntax=docker/dockerfile:1
FROM debian:bookworm-slim AS toolchain
RUN apt-get update && apt-get install -y g++

FROM toolchain AS part-a
COPY a.cpp /src/main.cpp
RUN g++ -o /bin/part /src/main.cpp

FROM toolchain AS part-b
COPY b.cpp /src/main.cpp
RUN g++ -o /bin/part /src/main.cpp
