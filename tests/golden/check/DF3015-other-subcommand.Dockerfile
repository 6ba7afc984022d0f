FROM ruby:3.3
RUN gem update --system 3.5.11 && gem list
