FROM alpine:3.20
ENV APP=/opt/app PATH=$APP/bin:$PATH
