FROM python:3.12-slim
RUN --mount=type=cache,taget=/root/.cache pip install flask
