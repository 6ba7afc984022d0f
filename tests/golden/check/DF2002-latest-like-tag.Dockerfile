FROM example/app:latest-rc
FROM example/app:not-latest
