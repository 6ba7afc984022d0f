FROM node:20 AS build
WORKDIR /app
RUN yarn install && yarn build

FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html
