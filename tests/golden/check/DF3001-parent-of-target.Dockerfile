FROM debian:12 AS base
RUN apt-get update && apt-get install -y curl

FROM base
CMD ["curl"]
