FROM node:20
WORKDIR /app
RUN yarn
