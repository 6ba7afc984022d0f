FROM a
CMD echo hello
CMD ["nginx", "-g", "daemon off;"]
CMD []
CMD
ENTRYPOINT exec /start
ENTRYPOINT []
