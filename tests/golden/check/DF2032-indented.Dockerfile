FROM alpine:3.20
  #   dfopt   ignore=DF2003 because reasons
WORKDIR app
