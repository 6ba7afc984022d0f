FROM app AS app
RUN true
