# check=skip=JSONArgsRecommended
#check = error=true
FROM alpine:3.20
