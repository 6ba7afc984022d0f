#!/bin/sh
# SPDX-License-Identifier: ISC
# Corpus smoke test for `dfopt graph --format json`: on every Dockerfile in
# ../shared/corpus (and ../shared/examples) it must not crash, must exit 0
# or 1 (1: the file has error findings), must print valid JSON (checked
# with jq when installed) and must print the same bytes twice.  One TAP
# line per repository directory, then a total.  Loud skip when the corpus
# is absent.
. "${top_srcdir:-.}/tests/lib.sh"

corpus=$(corpus_dir) || tap_skip_all "no ../shared/corpus beside the checkout"
examples=""
[ -d "$top_srcdir/../shared/examples" ] &&
    examples=$(cd "$top_srcdir/../shared/examples" && pwd)
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
have_jq=0
command -v jq > /dev/null 2>&1 && have_jq=1

total=0
bad=0
errors=0

# check_file FILE: 0 when good, else prints why
check_file() {
	run_dfopt graph --format json "$1" > "$tmp/a" 2> "$tmp/err" < /dev/null
	st=$?
	if [ "$st" -gt 1 ]; then
		echo "$1: exit $st: $(head -3 "$tmp/err")"
		return 1
	fi
	if [ ! -s "$tmp/a" ]; then
		echo "$1: no output"
		return 1
	fi
	if [ "$have_jq" = 1 ] && ! jq -e '.stages | length >= 0' "$tmp/a" \
	    > /dev/null 2>&1; then
		echo "$1: invalid JSON"
		return 1
	fi
	run_dfopt graph --format json "$1" > "$tmp/b" 2> /dev/null < /dev/null
	if ! cmp -s "$tmp/a" "$tmp/b"; then
		echo "$1: not deterministic"
		return 1
	fi
	[ "$st" = 1 ] && echo "findings"
	return 0
}

check_dir() {
	name=$1
	shift
	why=""
	n=0
	for f in "$@"; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		total=$((total + 1))
		if ! out=$(check_file "$f"); then
			bad=$((bad + 1))
			why="$why$out
"
		elif [ -n "$out" ]; then
			errors=$((errors + 1))
		fi
	done
	if [ -z "$why" ]; then
		tap_ok "$name ($n files)"
	else
		tap_not_ok "$name ($n files)" "$why"
	fi
}

for d in "$corpus"/*/; do
	[ -d "$d" ] || continue
	check_dir "corpus/$(basename "$d")" "$d"* "$d".[!.]*
done
if [ -n "$examples" ]; then
	for d in "$examples"/*/; do
		check_dir "examples/$(basename "$d")" "$d"Dockerfile*
	done
fi
echo "# $total files, $bad failed, $errors with error findings"
if [ "$bad" = 0 ] && [ "$total" -gt 0 ]; then
	tap_ok "total: $total files"
else
	tap_not_ok "total: $total files" "$bad failed"
fi
tap_done
