# escape=x
# syntax=a
# syntax=b
FROM a
