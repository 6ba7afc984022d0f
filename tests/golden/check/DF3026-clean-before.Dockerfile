FROM node:20
WORKDIR /app
RUN yarn cache clean && yarn install
