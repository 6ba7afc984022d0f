#!/bin/sh
# SPDX-License-Identifier: ISC
# Golden tests for `dfopt graph`.  For each tests/golden/graph/NAME.Dockerfile
# (with optional NAME.args: extra arguments, one per line) the expected
# stdout of every format is NAME.json, NAME.dot, NAME.mermaid and NAME.text
# (a missing file means no output), and NAME.err holds stderr and the exit
# status, which must be the same for every format.  Each .dot output must
# render with `dot -Tsvg` (skipped loudly when graphviz is missing), and
# the JSON must be valid (jq) and the same on a second run.
# DFOPT_UPDATE=1 rewrites the expected files; review the diff.
. "${top_srcdir:-.}/tests/lib.sh"

dir="$top_srcdir/tests/golden/graph"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
formats="json dot mermaid text"
have_dot=0
command -v dot > /dev/null 2>&1 && have_dot=1
have_jq=0
command -v jq > /dev/null 2>&1 && have_jq=1
[ "$have_dot" = 1 ] ||
    echo "# graphviz 'dot' not found: rendering checks are skipped"

for df in "$dir"/*.Dockerfile; do
	[ -e "$df" ] || continue
	name=$(basename "$df" .Dockerfile)
	set --
	if [ -f "$dir/$name.args" ]; then
		while IFS= read -r a || [ -n "$a" ]; do
			set -- "$@" "$a"
		done < "$dir/$name.args"
	fi
	first=1
	for fmt in $formats; do
		(cd "$dir" && run_dfopt graph "$@" --format "$fmt" \
		    "$name.Dockerfile") > "$tmp/$fmt" 2> "$tmp/err.$fmt" \
		    < /dev/null
		echo "[exit $?]" >> "$tmp/err.$fmt"
		if [ "$first" = 1 ]; then
			cp "$tmp/err.$fmt" "$tmp/err"
			first=0
		fi
		if [ "${DFOPT_UPDATE:-0}" = 1 ]; then
			if [ -s "$tmp/$fmt" ]; then
				cp "$tmp/$fmt" "$dir/$name.$fmt"
			else
				rm -f "$dir/$name.$fmt"
			fi
		fi
		: > "$tmp/want.$fmt"
		if [ -f "$dir/$name.$fmt" ]; then
			cp "$dir/$name.$fmt" "$tmp/want.$fmt"
		fi
		if diff -u "$tmp/want.$fmt" "$tmp/$fmt" > "$tmp/diff" 2>&1; then
			tap_ok "graph/$name.$fmt"
		else
			tap_not_ok "graph/$name.$fmt" "$(cat "$tmp/diff")"
		fi
	done

	[ "${DFOPT_UPDATE:-0}" = 1 ] && cp "$tmp/err" "$dir/$name.err"
	why=""
	[ -f "$dir/$name.err" ] || why="$name.err is missing"
	if [ -z "$why" ] && ! diff -u "$dir/$name.err" "$tmp/err" \
	    > "$tmp/diff" 2>&1; then
		why=$(cat "$tmp/diff")
	fi
	for fmt in $formats; do
		if ! cmp -s "$tmp/err" "$tmp/err.$fmt"; then
			why="$why
stderr or exit status differ with --format $fmt"
		fi
	done
	if [ -z "$why" ]; then
		tap_ok "graph/$name.err"
	else
		tap_not_ok "graph/$name.err" "$why"
	fi

	# The JSON is valid and the same twice.
	if [ -s "$tmp/json" ]; then
		(cd "$dir" && run_dfopt graph "$@" --format json \
		    "$name.Dockerfile") > "$tmp/json2" 2> /dev/null < /dev/null
		why=""
		cmp -s "$tmp/json" "$tmp/json2" || why="second run differs"
		if [ "$have_jq" = 1 ] && ! jq -e . "$tmp/json" > /dev/null 2>&1
		then
			why="$why invalid JSON"
		fi
		if [ -z "$why" ]; then
			tap_ok "graph/$name json valid and deterministic"
		else
			tap_not_ok "graph/$name json valid and deterministic" \
			    "$why"
		fi
	fi

	# The dot output renders.
	if [ -s "$tmp/dot" ]; then
		if [ "$have_dot" = 0 ]; then
			tap_n=$((tap_n + 1))
			echo "ok $tap_n - graph/$name.dot renders # SKIP no dot"
		elif dot -Tsvg "$tmp/dot" > "$tmp/svg" 2> "$tmp/dot.err" &&
		    grep -q '<svg' "$tmp/svg"; then
			tap_ok "graph/$name.dot renders"
		else
			tap_not_ok "graph/$name.dot renders" \
			    "$(cat "$tmp/dot.err")"
		fi
	fi
done
tap_done
