FROM a
ENV A=1 B
ENV ONLYKEY
ENV =nokey
ENV Q="unterminated
ENV
LABEL
