FROM a
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --start-interval=1s --retries=3 \
  CMD curl -f http://localhost/ || exit 1
HEALTHCHECK CMD ["/bin/check", "--quiet"]
HEALTHCHECK NONE
HEALTHCHECK   CMD   a b
