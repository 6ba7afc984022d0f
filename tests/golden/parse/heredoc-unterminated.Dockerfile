FROM a
RUN echo start
RUN cat <<EOF
this never ends
EOF 
  EOF
