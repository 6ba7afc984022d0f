FROM python:3.12
RUN pip install flask==3.0.3
