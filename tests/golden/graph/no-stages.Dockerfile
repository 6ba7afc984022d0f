# only a global ARG, no stage
ARG VERSION=1
