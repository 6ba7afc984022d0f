# build step
  RUN echo hi
