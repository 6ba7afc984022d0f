FROM python:3.12-slim
RUN --mount=type=cache,sharing=sometimes,target=/root/.cache pip install flask
