FROM alpine:3.20
ADD --from=build /out /app
