FROM --platform=$MYPLATFORM alpine:3.20
