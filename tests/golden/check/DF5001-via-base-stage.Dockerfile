FROM rust:1.79 AS base
WORKDIR /src
FROM base
COPY . .
RUN cargo build --release
