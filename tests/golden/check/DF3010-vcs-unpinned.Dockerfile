FROM python:3.12
RUN pip install git+https://github.com/pallets/flask.git
