FROM a
COPPY a b
RUNN --flag echo
INCLUDE other.Dockerfile
RUN still parsed
