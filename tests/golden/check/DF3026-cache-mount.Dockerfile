FROM node:20
WORKDIR /app
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
