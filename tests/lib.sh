# SPDX-License-Identifier: ISC
# Shared helpers for the shell test drivers: TAP output and the dfopt
# binary under test.  Source it: `. "$top_srcdir/tests/lib.sh"`.
#
#	tap_plan N		print "1..N" (or call tap_done at the end)
#	tap_ok NAME		one passing test
#	tap_not_ok NAME [WHY]	one failing test, WHY as TAP diagnostics
#	tap_skip_all WHY	skip the whole script (missing tool)
#	run_dfopt ARGS...	run $DFOPT (under valgrind with DFOPT_VALGRIND=1)

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${DFOPT:=$top_srcdir/dfopt}"
tap_n=0
tap_failed=0

tap_ok() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1"
}

tap_not_ok() {
	tap_n=$((tap_n + 1))
	tap_failed=$((tap_failed + 1))
	echo "not ok $tap_n - $1"
	if [ -n "${2:-}" ]; then
		printf '%s\n' "$2" | sed 's/^/# /'
	fi
}

tap_skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

tap_done() {
	echo "1..$tap_n"
}

# valgrind by its full path, found now: a case may clear PATH before it
# runs dfopt, to hide shellcheck for one (see tests/valgrind-wrap).
: "${DFOPT_VALGRIND_BIN:=$(command -v valgrind 2> /dev/null || echo valgrind)}"
export DFOPT_VALGRIND_BIN

run_dfopt() {
	if [ "${DFOPT_VALGRIND:-0}" = 1 ]; then
		"$top_srcdir/tests/valgrind-wrap" "$DFOPT" "$@"
	else
		"$DFOPT" "$@"
	fi
}

# The shared corpus sits beside the checkout (../shared/corpus).
corpus_dir() {
	for d in "$top_srcdir/../shared/corpus" "${DFOPT_CORPUS:-}"; do
		if [ -n "$d" ] && [ -d "$d" ]; then
			(cd "$d" && pwd)
			return 0
		fi
	done
	return 1
}
