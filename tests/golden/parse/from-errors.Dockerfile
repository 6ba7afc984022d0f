FROM a b
FROM a AS
FROM a AS 9lives
FROM a AS b c
FROM
