FROM python:3.12-slim
RUN --mount=type=cache,sharing=locked,target=/root/.cache pip install flask
