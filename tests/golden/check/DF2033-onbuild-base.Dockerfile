FROM alpine:3.20 AS base
ONBUILD USER 10001
FROM base
CMD ["sh"]
