FROM debian:12
RUN rm /bin/sh && ln -s /bin/bash /bin/sh
