FROM alpine:3.20 AS my_stage!
