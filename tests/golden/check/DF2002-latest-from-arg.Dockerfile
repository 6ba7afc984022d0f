ARG TAG=latest
FROM python:${TAG}
