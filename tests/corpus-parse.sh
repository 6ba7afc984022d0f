#!/bin/sh
# SPDX-License-Identifier: ISC
# Corpus smoke test of `dfopt parse`: every Dockerfile in ../shared/corpus
# (real files from public projects, beside the checkout) must parse in both
# formats with no crash and no error finding, and print the same bytes when
# run twice.  One TAP line per repository directory, then a total.  Skips
# when the corpus is absent.
#
# Environment: DFOPT (the binary), top_srcdir; DFOPT_CORPUS overrides the
# corpus directory.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${DFOPT:=$top_srcdir/dfopt}"

corpus=""
for d in "${DFOPT_CORPUS:-}" "$top_srcdir/../shared/corpus"; do
	if [ -n "$d" ] && [ -d "$d" ]; then
		corpus=$d
		break
	fi
done
if [ -z "$corpus" ]; then
	echo "1..0 # SKIP ../shared/corpus not found"
	exit 0
fi

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

run() {
	if [ "${DFOPT_VALGRIND:-0}" = 1 ]; then
		"$top_srcdir/tests/valgrind-wrap" "$DFOPT" "$@"
	else
		"$DFOPT" "$@"
	fi
}

# check FILE: prints nothing when the file is fine, else why not.
check() {
	for fmt in json buildkit; do
		run parse --format "$fmt" "$1" > "$tmp/a" 2> "$tmp/err"
		rc=$?
		if [ "$rc" -ne 0 ]; then
			echo "$1: --format $fmt exit status $rc"
			sed -n '1,5p' "$tmp/err"
			continue
		fi
		run parse --format "$fmt" "$1" > "$tmp/b" 2> /dev/null
		if ! cmp -s "$tmp/a" "$tmp/b"; then
			echo "$1: --format $fmt output differs between runs"
		fi
	done
}

n=0
failed=0
files=0
for repo in "$corpus"/*/; do
	[ -d "$repo" ] || continue
	name=$(basename "$repo")
	: > "$tmp/why"
	count=0
	find "$repo" -type f | LC_ALL=C sort > "$tmp/list"
	while IFS= read -r f; do
		count=$((count + 1))
		check "$f" >> "$tmp/why"
	done < "$tmp/list"
	files=$((files + count))
	n=$((n + 1))
	if [ -s "$tmp/why" ]; then
		failed=$((failed + 1))
		echo "not ok $n - corpus/$name ($count files)"
		sed 's/^/# /' "$tmp/why"
	else
		echo "ok $n - corpus/$name ($count files)"
	fi
done
n=$((n + 1))
if [ "$failed" -eq 0 ]; then
	echo "ok $n - corpus total: $files files," \
	    "$((n - 1)) repositories"
else
	echo "not ok $n - corpus total: $failed of $((n - 1))" \
	    "repositories failed"
fi
echo "1..$n"
[ "$failed" -eq 0 ]
