FROM nginx:1.27
HEALTHCHECK CMD curl -f http://localhost/
HEALTHCHECK CMD wget -q http://localhost/
