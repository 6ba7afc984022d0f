form alpine:3.20
