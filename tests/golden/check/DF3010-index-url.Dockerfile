FROM python:3.12
RUN pip3 install --index-url https://pypi.org/simple requests
