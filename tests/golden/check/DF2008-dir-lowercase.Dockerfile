from alpine:3.20
add ./src /src
