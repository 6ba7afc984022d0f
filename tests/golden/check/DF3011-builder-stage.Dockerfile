FROM python:3.12 AS build
RUN pip wheel --wheel-dir /wheels flask==3.0.3 && pip install flask==3.0.3

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
