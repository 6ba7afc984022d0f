FROM ruby:3.3
RUN gem install ./pkg/mygem-1.0.gem
