FROM alpine:3.20
RUN <<EOF
COPPY is not an instruction here
EOF
