from alpine:3.20
run echo a
copy a /a
