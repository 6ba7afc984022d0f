FROM alpine:3.20
CMD cd /app && ./run
