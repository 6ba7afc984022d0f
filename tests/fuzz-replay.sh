#!/bin/sh
# SPDX-License-Identifier: ISC
# Replays every committed fuzz seed (tests/fuzz/seeds/<target>/) and
# regression input (tests/fuzz/crashes/<target>/) through its target's
# harness, built without libFuzzer (tests/fuzz/replay-<target>), one test
# line per target; a failure lists the files that failed and why.  A file
# added to tests/fuzz/crashes/<target>/ is a regression test from then on.
. "${top_srcdir:-.}/tests/lib.sh"

# The lines of a failed replay worth showing (sanitizers, valgrind, FAIL()).
why='^not ok|oracle failed|BUG|SUMMARY|runtime error|ERROR|^==[0-9]+== [A-Z]'

for seeds in "$top_srcdir"/tests/fuzz/seeds/*/; do
	seeds=${seeds%/}
	t=$(basename "$seeds")
	bin="$top_builddir/tests/fuzz/replay-$t"
	if [ ! -x "$bin" ]; then
		tap_not_ok "replay-$t" "harness $bin was not built"
		continue
	fi
	dirs="$seeds"
	crashes="$top_srcdir/tests/fuzz/crashes/$t"
	[ -d "$crashes" ] && dirs="$dirs $crashes"
	if [ "${DFOPT_VALGRIND:-0}" = 1 ]; then
		set -- "$top_srcdir/tests/valgrind-wrap" "$bin"
	else
		set -- "$bin"
	fi
	# shellcheck disable=SC2086
	out=$("$@" $dirs 2>&1)
	st=$?
	if [ $st -eq 0 ]; then
		tap_ok "replay-$t: $(printf '%s\n' "$out" | grep -c '^ok') seeds"
	else
		tap_not_ok "replay-$t (status $st)" "$(printf '%s\n' "$out" |
		    grep -E "$why" | head -n 30)"
	fi
done
tap_done
