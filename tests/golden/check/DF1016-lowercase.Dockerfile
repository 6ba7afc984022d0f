FROM nginx:1.27
healthcheck cmd ["curl", "-f", "http://localhost/"]
