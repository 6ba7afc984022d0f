FROM debian:12
CMD ["service", "nginx", "start"]
