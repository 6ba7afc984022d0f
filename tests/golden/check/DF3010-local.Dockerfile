FROM python:3.12
RUN pip install . && pip install ./dist/pkg-1.0-py3-none-any.whl
