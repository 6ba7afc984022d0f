FROM debian:12
RUN sh -c 'sudo chown app /data'
