# syntax = docker/dockerfile:1.7
#ESCAPE=\
#  check=skip=JSONArgsRecommended;error=true
# not a directive: this is a comment
# escape=`
FROM a
