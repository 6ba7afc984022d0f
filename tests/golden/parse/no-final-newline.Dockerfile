FROM a
RUN echo last line without newline