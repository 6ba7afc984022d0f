FROM a
RUN ["cat", "<<EOF"]
RUN echo "<<EOF" '<<X' a<<Y
ENV A=<<EOF
CMD cat <<EOF
COPY a <<EOF
x
EOF
RUN echo "unbalanced <<EOF
