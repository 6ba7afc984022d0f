FROM nginx:1.27
HEALTHCHECK NONE curl -f http://localhost/
