FROM scratch
ARG SRC
COPY $SRC /app/
