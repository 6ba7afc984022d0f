from alpine:3.20
run echo hello
