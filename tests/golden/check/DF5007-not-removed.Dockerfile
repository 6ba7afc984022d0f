FROM nginx:1.27
COPY server.pem /etc/nginx/server.pem
