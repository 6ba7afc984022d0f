FROM a
COPY onlyone
ADD
COPY --form=build /a /b
COPY --from /a /b
COPY --link=maybe /a /b
COPY --chown=a --chown=b /a /b
ADD --from=x /a /b
ADD --parents /a /b
