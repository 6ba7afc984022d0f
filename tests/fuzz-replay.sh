#!/bin/sh
# SPDX-License-Identifier: ISC
# Replays every committed fuzz seed (tests/fuzz/seeds/<target>/) and
# regression input (tests/fuzz/crashes/<target>/) through its target's
# harness, built without libFuzzer (tests/fuzz/replay-<target>).  Each
# replay prints TAP; this script renumbers them into one stream.
. "${top_srcdir:-.}/tests/lib.sh"

for seeds in "$top_srcdir"/tests/fuzz/seeds/*/; do
	t=$(basename "$seeds")
	bin="$top_builddir/tests/fuzz/replay-$t"
	if [ ! -x "$bin" ]; then
		tap_not_ok "replay-$t" "harness $bin was not built"
		continue
	fi
	dirs="$seeds"
	[ -d "$top_srcdir/tests/fuzz/crashes/$t" ] && dirs="$dirs $top_srcdir/tests/fuzz/crashes/$t"
	if [ "${DFOPT_VALGRIND:-0}" = 1 ]; then
		set -- valgrind -q --error-exitcode=99 --leak-check=full \
		    --errors-for-leak-kinds=definite,indirect "$bin"
	else
		set -- "$bin"
	fi
	# shellcheck disable=SC2086
	out=$("$@" $dirs 2>&1)
	st=$?
	if [ $st -eq 0 ]; then
		tap_ok "replay-$t: $(printf '%s\n' "$out" | grep -c '^ok') seeds"
	else
		tap_not_ok "replay-$t (status $st)" "$(printf '%s\n' "$out" | tail -n 30)"
	fi
done
tap_done
