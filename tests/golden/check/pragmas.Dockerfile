# check=skip=DuplicateStageName
# dfopt global ignore=DF1001
FROBNICATE first
FROM alpine:3 AS a
# dfopt ignore=T001
RUN echo bad
RUN echo bad
# hadolint ignore=no-bad
RUN echo bad \
  bad
# dfopt stage ignore=T001
FROM alpine:3 AS a
RUN echo bad
# dfopt ignore=DF7777,T001
RUN echo fine
FROM alpine:3
# dfopt ignore
RUN echo bad
# dfopt stage ignore=t001 -- the rest of this stage
RUN echo bad
