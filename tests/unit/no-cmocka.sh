#!/bin/sh
# Stands in for the unit tests when configure did not find cmocka: a loud
# SKIP with the reason, never a silent pass.
echo "1..0 # SKIP cmocka not found by configure (apt-get install libcmocka-dev)"
