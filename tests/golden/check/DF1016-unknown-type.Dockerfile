FROM nginx:1.27
HEALTHCHECK CMDD curl -f http://localhost/
