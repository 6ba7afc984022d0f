FROM a
RUN --mount=type=volume,target=/x true
RUN --mount=type=cache,target=/x,sharing=sometimes true
RUN --mount=type=bind,target=/x,uid=1 true
RUN --mount=type=secret true
RUN --mount=type=cache,destination=/x,readonly=maybe true
RUN --mount=type=bind,tagret=/x true
RUN --mount=type=bind,from=$STAGE,target=/x true
RUN --mount= true
RUN --mount true
