FROM node:20
WORKDIR /app
COPY .npmrc package.json ./
RUN npm ci
RUN rm -f .npmrc
