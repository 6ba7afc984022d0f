FROM Registry.example.com/team/app:1 AS app
