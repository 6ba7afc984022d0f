FROM python:3.12
RUN PIP_NO_CACHE_DIR=true pip install flask==3.0.3
