FROM example.com/base-with-user:1.0
USER $APP_USER
