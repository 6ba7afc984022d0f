FROM node:20
RUN npm install ./pkg ../other /tmp/pkg.tgz
