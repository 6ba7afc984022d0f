FROM python:3.12
RUN pipx install black && pipenv install
