FROM alpine:3.20
# dfopt ignore=unknown-instruction
RUNN echo hello
