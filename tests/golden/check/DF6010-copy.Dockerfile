FROM scratch
COPY $SRC /app/
