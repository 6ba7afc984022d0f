FROM alpine:3.20
# dfopt ignore=DF1001, DF1004
RUNN --chmown=app . /app
