FROM nginx:1.27
HEALTHCHECK --interval=30s
