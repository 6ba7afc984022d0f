FROM node:20 AS site
ENV TZ=Europe/Paris
WORKDIR /site
COPY . .
RUN npm ci && \
    npx hexo generate

FROM nginx:1.25-alpine
ENV TZ=Europe/Paris
COPY --from=site /site/public/ /usr/share/nginx/html/
