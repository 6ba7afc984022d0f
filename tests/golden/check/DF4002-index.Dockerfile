FROM alpine:3.20
COPY --from=1 /out /app
FROM alpine:3.20
RUN mkdir /out
