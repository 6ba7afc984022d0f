# ignore=DF2003 is not a pragma without the tool name
FROM alpine:3.20
