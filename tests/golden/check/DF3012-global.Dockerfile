FROM node:20
RUN npm install -g typescript
