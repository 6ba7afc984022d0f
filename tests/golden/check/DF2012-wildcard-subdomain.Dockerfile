FROM registry.example.com/team/app:1
