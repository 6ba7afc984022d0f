FROM alpine:3.20
ARG GIT_SHA
LABEL org.opencontainers.image.revision=${GIT_SHA}
