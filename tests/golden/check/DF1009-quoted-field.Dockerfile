FROM alpine:3.20
RUN --mount="type=bind,source=a b",target=/src true
