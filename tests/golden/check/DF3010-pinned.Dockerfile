FROM python:3.12
RUN pip install flask==3.0.3 'requests>=2.31' 'idna~=3.6'
