FROM alpine:3.20
LABEL org..example=1 my_label=2
