FROM nginx:1.27
HEALTHCHECK NONE
RUN echo x
HEALTHCHECK --interval=30s CMD curl -f http://localhost/
