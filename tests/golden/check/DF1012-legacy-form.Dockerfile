FROM alpine:3.20
ENV APP_ENV production mode
