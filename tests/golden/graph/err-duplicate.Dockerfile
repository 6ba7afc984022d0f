FROM alpine AS build
RUN echo first

FROM build AS test
RUN echo test

FROM alpine AS Build
RUN echo second

FROM scratch
COPY --from=build /etc/hostname /
