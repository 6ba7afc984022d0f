FROM alpine
RUN echo 0 > /0
FROM alpine
COPY --from=0 /0 /0
RUN echo 1 > /1
FROM alpine
COPY --from=1 /1 /1
COPY --from=0 /0 /0
