FROM alpine:3.20
# dfopt ignore=SC2086
RUN echo $HOME
