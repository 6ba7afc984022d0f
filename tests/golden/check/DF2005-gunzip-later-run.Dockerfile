FROM debian:12
COPY dump.sql.gz /tmp/
RUN echo preparing
RUN gunzip /tmp/dump.sql.gz
