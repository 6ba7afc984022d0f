FROM debian:12 AS base
WORKDIR /src
COPY . .
RUN make
FROM base
