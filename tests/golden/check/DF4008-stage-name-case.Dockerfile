FROM golang:1.23 AS Build
FROM scratch
COPY --from=Build /out /out
