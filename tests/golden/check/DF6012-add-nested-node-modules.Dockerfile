FROM node:20
ADD web/node_modules /app/node_modules
