FROM alpine:3.20 AS my_stage.v2-x
