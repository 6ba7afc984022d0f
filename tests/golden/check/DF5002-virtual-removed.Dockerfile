FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps gcc musl-dev && echo ok && apk del .build-deps
