FROM python:3.12
RUN python -m pip install flask==3.0.3
