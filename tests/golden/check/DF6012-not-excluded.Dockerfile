FROM alpine:3.20
COPY src/ /src/
COPY builder.sh /
