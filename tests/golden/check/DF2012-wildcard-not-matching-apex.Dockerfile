FROM example.com/team/app:1
