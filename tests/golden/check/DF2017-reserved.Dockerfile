FROM alpine:3.20
LABEL com.docker.compose.project=x
