from a
Run echo 1
cOpY a b
Healthcheck none
oNbUiLd run x
