FROM alpine:3
# dfopt ignore=T001
RUN echo bad
