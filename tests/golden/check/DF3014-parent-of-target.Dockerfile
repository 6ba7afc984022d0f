FROM alpine:3.20 AS base
RUN apk add curl=8.9.1-r0

FROM base
CMD ["curl"]
