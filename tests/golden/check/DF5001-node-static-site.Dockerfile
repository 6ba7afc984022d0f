FROM node:20
WORKDIR /site
COPY . .
RUN npm ci && npm run build && apt-get update && apt-get install -y nginx
CMD ["nginx", "-g", "daemon off;"]
