FROM localhost:5000/team/app
