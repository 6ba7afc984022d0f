FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=yes

FROM base
RUN pip install flask==3.0.3
