FROM alpine:3.20
RUN echo oneRUN echo two
