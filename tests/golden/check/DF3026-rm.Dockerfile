FROM node:20
WORKDIR /app
RUN yarn install && rm -rf /usr/local/share/.cache/yarn
