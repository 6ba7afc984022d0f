FROM alpine:3.20
# dfopt ignore=noemptycontinuation,dl3043
RUN echo hello
