#!/bin/sh
# SPDX-License-Identifier: ISC
# Golden CLI tests: tests/golden/cli/NAME.args holds the dfopt arguments
# (one per line; @DIR@ is replaced by the case directory), NAME.out the
# expected stdout, NAME.err the expected stderr and NAME.status the exit
# status.  DFOPT_UPDATE=1 rewrites the expected files; review the diff.
. "${top_srcdir:-.}/tests/lib.sh"

dir="$top_srcdir/tests/golden/cli"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

for args in "$dir"/*.args; do
	[ -e "$args" ] || continue
	name=$(basename "$args" .args)
	set --
	while IFS= read -r a || [ -n "$a" ]; do
		a=$(printf '%s' "$a" | sed "s|@DIR@|$dir|g")
		set -- "$@" "$a"
	done < "$args"
	(cd "$dir" && run_dfopt "$@") > "$tmp/out" 2> "$tmp/err" < /dev/null
	echo $? > "$tmp/status"
	sed -i "s|$dir/||g" "$tmp/out" "$tmp/err"
	if [ "${DFOPT_UPDATE:-0}" = 1 ]; then
		cp "$tmp/out" "$dir/$name.out"
		cp "$tmp/err" "$dir/$name.err"
		cp "$tmp/status" "$dir/$name.status"
	fi
	why=""
	for k in out err status; do
		if ! diff -u "$dir/$name.$k" "$tmp/$k" > "$tmp/diff" 2>&1; then
			why="$why$(cat "$tmp/diff")
"
		fi
	done
	if [ -z "$why" ]; then
		tap_ok "cli/$name"
	else
		tap_not_ok "cli/$name" "$why"
	fi
done
tap_done
