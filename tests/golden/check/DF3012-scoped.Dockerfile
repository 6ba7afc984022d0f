FROM node:20
RUN npm i @angular/cli
