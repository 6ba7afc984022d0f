FROM a
COPY --chown="app user" --from='build stage' a b
COPY --chown=a\ b -- --not-a-flag /d
RUN --network=host -- --mount=x ls
COPY "--from=x" a b
RUN --=x true
