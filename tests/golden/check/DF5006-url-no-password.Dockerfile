FROM alpine:3.20
ENV PIP_INDEX_URL=https://pypi.example.com/simple GIT=https://user@example.com/r.git
