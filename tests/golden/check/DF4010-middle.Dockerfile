FROM alpine:3.20 AS base
FROM tools AS app
FROM alpine:3.20 AS tools
