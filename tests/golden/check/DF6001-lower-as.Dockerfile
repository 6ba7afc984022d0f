from alpine:3.20 as Base
