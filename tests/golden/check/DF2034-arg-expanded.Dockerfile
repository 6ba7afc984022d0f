FROM alpine:3.20
ARG NAME=app
RUN adduser -D "$NAME"
USER ${NAME}
