FROM a
RUN apt-get update && \
    apt-get install -y \
      curl \
      git
RUN echo "quoted && not split" ; ls -l
