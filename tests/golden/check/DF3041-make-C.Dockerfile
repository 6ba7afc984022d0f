FROM alpine:3.20
RUN make -C /src && echo cd
