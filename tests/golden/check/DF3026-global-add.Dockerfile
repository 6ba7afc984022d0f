FROM node:20
RUN yarn global add typescript@5.4.5
