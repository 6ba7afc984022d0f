FROM alpine:3.20
ENV DEST=/app
COPY app.sh /app/
COPY app.sh $DEST/
ADD app.sh relative-add-is-not-checked
