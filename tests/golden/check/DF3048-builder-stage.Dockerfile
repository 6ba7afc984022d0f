FROM debian:12 AS build
RUN apt-get update && apt-get -y upgrade
RUN echo built > /out
FROM debian:12
COPY --from=build /out /out
