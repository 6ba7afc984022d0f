FROM ruby:3.3
RUN gem i rails --no-document
