#!/bin/sh
# SPDX-License-Identifier: ISC
# Golden tests of `dfopt parse`: for each tests/golden/parse/NAME.Dockerfile
# the JSON tree must equal NAME.json and the BuildKit dump NAME.buildkit;
# the exit status must be 1 exactly when the JSON holds an error finding.
# Emits TAP, two lines per case.  DFOPT_UPDATE=1 rewrites the expected
# files instead; review the diff.
#
# Environment: DFOPT (the binary), top_srcdir.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${DFOPT:=$top_srcdir/dfopt}"
case $DFOPT in
/*) ;;
*) DFOPT=$(pwd)/$DFOPT ;;
esac
dir="$top_srcdir/tests/golden/parse"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
not_ok() {
	n=$((n + 1))
	failed=$((failed + 1))
	echo "not ok $n - $1"
	sed 's/^/# /' "$2"
}

run() {
	if [ "${DFOPT_VALGRIND:-0}" = 1 ]; then
		"$top_srcdir/tests/valgrind-wrap" "$DFOPT" "$@"
	else
		"$DFOPT" "$@"
	fi
}

for df in "$dir"/*.Dockerfile; do
	[ -e "$df" ] || continue
	name=$(basename "$df" .Dockerfile)
	for fmt in json buildkit; do
		(cd "$dir" && run parse --format "$fmt" "$name.Dockerfile") \
		    > "$tmp/out" 2> "$tmp/err" < /dev/null
		rc=$?
		if [ "${DFOPT_UPDATE:-0}" = 1 ]; then
			cp "$tmp/out" "$dir/$name.$fmt"
		fi
		why=""
		if [ "$rc" -gt 1 ]; then
			why="exit status $rc"
		elif [ "$fmt" = json ]; then
			want=0
			grep -q '"level": "error"' "$tmp/out" && want=1
			[ "$rc" = "$want" ] || why="exit status $rc, want $want"
		fi
		if ! diff -u "$dir/$name.$fmt" "$tmp/out" > "$tmp/diff" 2>&1
		then
			why="$why
$(cat "$tmp/diff")"
		fi
		if [ -z "$why" ]; then
			ok "parse/$name $fmt"
		else
			printf '%s\n' "$why" > "$tmp/why"
			cat "$tmp/err" >> "$tmp/why"
			not_ok "parse/$name $fmt" "$tmp/why"
		fi
	done
done
echo "1..$n"
[ "$failed" -eq 0 ]
