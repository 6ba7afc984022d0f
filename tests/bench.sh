#!/bin/sh
# SPDX-License-Identifier: ISC
# `make bench`: speed and memory figures for the lint path, printed, never
# asserted (timings belong here, not in the test suite).  Uses the shared
# corpus beside the checkout.
. "${top_srcdir:-.}/tests/lib.sh"

corpus=$(corpus_dir) || { echo "bench: ../shared/corpus not found"; exit 0; }
files=$(mktemp) || exit 99
trap 'rm -f "$files"' EXIT
find "$corpus" -type f ! -name '*.tsv' ! -name '*.md' | sort > "$files"
nfiles=$(wc -l < "$files")
bytes=$(xargs cat < "$files" | wc -c)
echo "corpus: $nfiles files, $bytes bytes"

# Parse throughput in one process.
if [ -x "$top_builddir/tests/bench/bench-parse" ]; then
	xargs "$top_builddir/tests/bench/bench-parse" < "$files"
fi

# Per-file process latency: parse one typical file 200 times.
one=$(sed -n '1p' "$files")
t0=$(date +%s.%N)
i=0
while [ $i -lt 200 ]; do
	"$DFOPT" parse "$one" > /dev/null 2>&1
	i=$((i + 1))
done
t1=$(date +%s.%N)
echo "parse latency: $(echo "($t1 - $t0) * 1000 / 200" | bc -l | cut -c1-6) ms per process ($one)"

# check over the whole corpus in one process, with peak RSS.
if "$DFOPT" check --help > /dev/null 2>&1; then
	t0=$(date +%s.%N)
	# The corpus names its files owner__repo/path__Dockerfile, which
	# directory discovery does not pick up: pass the list (one process).
	/usr/bin/time -f "%M" -o /tmp/dfopt-bench-rss.$$ \
	    xargs "$DFOPT" check --no-config --format json < "$files" \
	    > /tmp/dfopt-bench-out.$$ 2>/dev/null
	t1=$(date +%s.%N)
	secs=$(echo "$t1 - $t0" | bc -l)
	echo "check: $nfiles files in $(echo "$secs" | cut -c1-6) s:" \
	    "$(echo "$nfiles / $secs" | bc -l | cut -c1-7) files/s," \
	    "$(echo "$bytes / 1000000 / $secs" | bc -l | cut -c1-6) MB/s," \
	    "peak RSS $(cat /tmp/dfopt-bench-rss.$$) KiB"
	if command -v jq > /dev/null 2>&1; then
		echo "findings per rule over the corpus:"
		jq -r '.findings[] | .id' /tmp/dfopt-bench-out.$$ 2>/dev/null |
		    sort | uniq -c | sort -rn
	fi
	rm -f /tmp/dfopt-bench-rss.$$ /tmp/dfopt-bench-out.$$
fi

# --- hostile inputs (tests/hostile/gen.py; the limits tests/hostile.sh
# asserts are 5 s CPU and 512 MiB).  One line per case: input size, then
# CPU seconds, peak RSS and exit status of check (-f json), parse and
# graph (--format json), and check's CPU time at twice the size.  A run
# is killed after 60 s ("kill" in the table).
py=/usr/bin/python3
if [ -x "$py" ] && [ -f "$top_srcdir/tests/hostile/gen.py" ]; then
	htmp=$(mktemp -d) || exit 99
	trap 'rm -f "$files"; rm -rf "$htmp"' EXIT
	"$py" "$top_srcdir/tests/hostile/gen.py" "$htmp/in" 1
	"$py" "$top_srcdir/tests/hostile/gen.py" "$htmp/in2" 2
	# hrun FILE ARGS...: "CPU-s/KiB/status" of dfopt ARGS FILE
	hrun() {
		hf=$1
		shift
		/usr/bin/time -f "%U %S %M" -o "$htmp/time" timeout -s KILL 60 \
		    "$DFOPT" "$@" "$hf" > /dev/null 2>&1 < /dev/null
		hst=$?
		# shellcheck disable=SC2046
		set -- $(tail -n 1 "$htmp/time") 0 0 0
		[ "$hst" = 137 ] && hst="kill"
		awk -v u="$1" -v s="$2" -v m="$3" -v st="$hst" \
		    'BEGIN { printf "%.2f/%d/%s", u + s, m, st }'
	}
	echo "hostile inputs: CPU s/peak KiB/status"
	printf '%-26s %9s %-20s %-20s %-20s %s\n' case bytes check parse \
	    graph "check x2"
	for hf in "$htmp"/in/*.Dockerfile; do
		hc=$(basename "$hf" .Dockerfile)
		cfg=""
		[ -f "$htmp/in/$hc.yaml" ] && cfg="$htmp/in/$hc.yaml"
		if [ -n "$cfg" ]; then
			c=$(hrun "$hf" check -c "$cfg" -f json)
		else
			c=$(hrun "$hf" check --no-config -f json)
		fi
		p=$(hrun "$hf" parse)
		g=$(hrun "$hf" graph --format json)
		c2=-
		if [ -z "$cfg" ] && ! cmp -s "$hf" "$htmp/in2/$hc.Dockerfile"
		then
			c2=$(hrun "$htmp/in2/$hc.Dockerfile" check --no-config \
			    -f json)
		fi
		printf '%-26s %9s %-20s %-20s %-20s %s\n' "$hc" \
		    "$(wc -c < "$hf")" "$c" "$p" "$g" "$c2"
	done
fi
