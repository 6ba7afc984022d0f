FROM ruby:3.3
RUN gem install bundler -v 2.5.11 && gem install rake --version=13.2.1
