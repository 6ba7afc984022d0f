FROM ubuntu
RUN echo hi
