FROM a
ENV A=1 B="two words" C='single' D=escaped\ space E=a=b
ENV PATH /usr/local/bin:$PATH
ENV LEGACY   value with   spaces
ENV JSON='["a", "b"]' F=${X:-default}
