FROM alpine:3.20 AS base
FROM ghcr.io/org/app:1
