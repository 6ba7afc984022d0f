FROM python:3.12
RUN pip install -c constraints.txt flask
