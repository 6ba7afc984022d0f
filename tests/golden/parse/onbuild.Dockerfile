FROM a
ONBUILD RUN echo triggered
ONBUILD COPY --from=build ["a b", "/c"]
ONBUILD ADD . /app/src
onbuild run ["x"]
