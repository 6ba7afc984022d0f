FROM node:20
RUN yarn --version && yarn run build
