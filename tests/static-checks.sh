#!/bin/sh
# SPDX-License-Identifier: ISC
# Static checks on the sources (issue 6): no call to a banned function in
# src/ (unbounded copies and formats, shell strings, non-reentrant or
# unchecked conversions), and no banned symbol in the built library and
# binary either (which catches calls that macros hide).  Also: every C
# file starts with its SPDX line.  Comments and string literals are
# stripped before the search, so prose may name the functions.  What to
# use instead is in the failure message.
. "${top_srcdir:-.}/tests/lib.sh"

src="$top_srcdir/src"
[ -d "$src" ] || tap_skip_all "no src directory at $src"

# name:replacement
banned="strcpy:strlcpy/memcpy or xstrdup
strcat:strlcat or xasprintf
sprintf:snprintf or xasprintf
vsprintf:vsnprintf or xvasprintf
gets:fgets or getline
system:fork+execvp with an argv
popen:fork+execvp with an argv and a pipe
strtok:strtok_r or strsep
atoi:strtol/strtonum with range and error checks
atol:strtol with range and error checks
atoll:strtoll with range and error checks
atof:strtod with error checks
tmpnam:mkstemp
tempnam:mkstemp
mktemp:mkstemp or mkdtemp"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

# Blank out comments, string and character literals, keeping newlines,
# so that line numbers stay right.
strip() {
	awk '
	BEGIN { st = 0 }	# 0 code, 1 block comment, 2 string, 3 char
	{
		out = ""
		n = length($0)
		for (i = 1; i <= n; i++) {
			c = substr($0, i, 1)
			d = substr($0, i + 1, 1)
			if (st == 1) {
				if (c == "*" && d == "/") { st = 0; i++ }
				continue
			}
			if (st == 2 || st == 3) {
				if (c == "\\") { i++; continue }
				if ((st == 2 && c == "\"") ||
				    (st == 3 && c == "\047")) {
					st = 0
					out = out c
				}
				continue
			}
			if (c == "/" && d == "*") {
				st = 1
				i++
				out = out " "
				continue
			}
			if (c == "/" && d == "/") break
			if (c == "\"") st = 2
			else if (c == "\047") st = 3
			out = out c
		}
		# An unterminated literal ends at the line end (a
		# continuation would have a backslash, skipped above).
		if (st >= 2) st = 0
		print out
	}' "$1"
}

files=$(find "$src" -name '*.[ch]' | sort)
for f in $files; do
	rel=${f#"$top_srcdir"/}
	mkdir -p "$tmp/$(dirname "$rel")"
	strip "$f" > "$tmp/$rel"
done

while IFS=: read -r fn instead; do
	hits=""
	for f in $files; do
		rel=${f#"$top_srcdir"/}
		# A call or a function pointer use: the name as a whole
		# word followed by "(", not a member (->x, .x).
		h=$(grep -nE "(^|[^A-Za-z0-9_.>])${fn}[[:space:]]*\(" \
		    "$tmp/$rel" | cut -d: -f1 | tr '\n' ' ')
		[ -n "$h" ] && hits="$hits$rel: line $h
"
	done
	if [ -z "$hits" ]; then
		tap_ok "no $fn() in src/"
	else
		tap_not_ok "no $fn() in src/" "use $instead:
${hits%?}"
	fi
done <<EOF
$banned
EOF

# The symbols, when the build has them (an out-of-tree build puts them in
# top_builddir).  _FORTIFY_SOURCE turns sprintf into __sprintf_chk and
# strcpy into __strcpy_chk, so both names are searched.
syms=""
for o in "$top_builddir/libdfopt.a" "$top_builddir/dfopt"; do
	[ -f "$o" ] && syms="$syms $o"
done
if [ -n "$syms" ] && command -v nm > /dev/null 2>&1; then
	re=$(printf '%s\n' "$banned" | cut -d: -f1 | tr '\n' '|')
	re="^(__)?(${re%|})(_chk)?(@.*)?\$"
	# shellcheck disable=SC2086
	bad=$(nm -u $syms 2> /dev/null | awk '{ print $NF }' |
	    grep -E "$re" | sort -u | tr '\n' ' ')
	if [ -z "$bad" ]; then
		tap_ok "no banned symbol in libdfopt.a and dfopt"
	else
		tap_not_ok "no banned symbol in libdfopt.a and dfopt" \
		    "undefined symbols: $bad(nm -u -A to find the object)"
	fi
	# -fstack-protector-strong (configure.ac) guards every function
	# with a local array: the binary calls __stack_chk_fail.
	if [ -f "$top_builddir/dfopt" ] &&
	    ! nm -u "$top_builddir/dfopt" 2> /dev/null |
	    grep -q '__stack_chk_fail'; then
		tap_not_ok "dfopt is built with a stack protector" \
		    "no __stack_chk_fail in nm -u dfopt: check DF_CFLAGS"
	else
		tap_ok "dfopt is built with a stack protector"
	fi
else
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - banned symbols # SKIP no build or no nm"
fi

# Every C file starts with its licence line.
nolic=""
for f in $files; do
	head -n 1 "$f" | grep -q 'SPDX-License-Identifier: ISC' ||
	    nolic="$nolic ${f#"$top_srcdir"/}"
done
if [ -z "$nolic" ]; then
	tap_ok "every src/ file starts with its SPDX line"
else
	tap_not_ok "every src/ file starts with its SPDX line" \
	    "missing in:$nolic"
fi
tap_done
