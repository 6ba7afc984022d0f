#!/bin/sh
# SPDX-License-Identifier: ISC
# The docs agree with the code:
#  - src/rules/rules-doc.inc and man/dfopt-rules.7 are what
#    build-aux/rulesdoc.awk makes of rules/*.md (`make regen-rules`);
#  - every rule of the table has rules/ID.md and every doc a rule, with
#    the same name, level, fix, aliases and summary (the doc title);
#  - every command's usage line is in the SYNOPSIS of man/dfopt.1;
#  - mandoc -T lint finds nothing to warn about (when mandoc is there).
. "${top_srcdir:-.}/tests/lib.sh"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
AWK=${AWK:-awk}
LC_ALL=C
export LC_ALL

set -- "$top_srcdir"/rules/DF*.md
[ -e "$1" ] || set -- /dev/null

# 1. Generated files are current.
for mode in inc man; do
	case $mode in
	inc) committed="$top_srcdir/src/rules/rules-doc.inc" ;;
	man) committed="$top_srcdir/man/dfopt-rules.7" ;;
	esac
	if ! $AWK -v mode=$mode -f "$top_srcdir/build-aux/rulesdoc.awk" \
	    "$@" > "$tmp/gen.$mode" 2> "$tmp/err"; then
		tap_not_ok "rulesdoc.awk mode=$mode runs" "$(cat "$tmp/err")"
	elif diff -u "$committed" "$tmp/gen.$mode" > "$tmp/diff"; then
		tap_ok "$(basename "$committed") is current"
	else
		tap_not_ok "$(basename "$committed") is current" \
		    "run 'make regen-rules'
$(head -40 "$tmp/diff")"
	fi
done

# 2. Table and docs agree.
if ! run_dfopt rules --format tsv > "$tmp/table" 2> "$tmp/err"; then
	tap_not_ok "dfopt rules --format tsv" "$(cat "$tmp/err")"
	tap_done
	exit 0
fi
# The doc side: id name level fix aliases summary, tab-separated.
for md in "$@"; do
	[ "$md" = /dev/null ] && continue
	$AWK -v file="$(basename "$md" .md)" '
	BEGIN { FS = "\n" }
	NR == 1 && $0 ~ /^---[ \t]*$/ { front = 1; next }
	front && /^---[ \t]*$/ { front = 0; next }
	front {
		k = $0; sub(/:.*$/, "", k)
		v = $0; sub(/^[^:]*:[ \t]*/, "", v); sub(/[ \t]+$/, "", v)
		f[k] = v
		next
	}
	title == "" && /^# / { title = $0 }
	END {
		a = f["aliases"]
		gsub(/[][ \t]/, "", a)
		t = title
		sub(/^# [^ ]+ [^:]*:[ \t]*/, "", t)
		fix = f["fix"] == "" ? "none" : f["fix"]
		printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", file, f["id"], \
		    f["name"], f["level"], fix, a, t
	}' "$md"
done > "$tmp/docs"

cut -f1 "$tmp/table" | sort > "$tmp/table.ids"
cut -f1 "$tmp/docs" | sort > "$tmp/doc.ids"
missing=$(comm -23 "$tmp/table.ids" "$tmp/doc.ids" | tr '\n' ' ')
extra=$(comm -13 "$tmp/table.ids" "$tmp/doc.ids" | tr '\n' ' ')
if [ -z "$missing" ]; then
	tap_ok "every rule has a doc"
else
	tap_not_ok "every rule has a doc" "no rules/ID.md for: $missing"
fi
if [ -z "$extra" ]; then
	tap_ok "every doc has a rule"
else
	tap_not_ok "every doc has a rule" "no table entry for: $extra"
fi
# Field by field, for the ids on both sides.
$AWK -F '\t' '
NR == FNR { name[$1] = $2; lvl[$1] = $3; fix[$1] = $4; al[$1] = $6
	sum[$1] = $7; next }
{
	id = $1
	if (!(id in name)) next
	w = ""
	if ($2 != id) w = w " front matter id '\''" $2 "'\'';"
	if ($3 != name[id])
		w = w " name '\''" $3 "'\'' vs '\''" name[id] "'\'';"
	if ($4 != lvl[id]) w = w " level " $4 " vs " lvl[id] ";"
	if ($5 != fix[id]) w = w " fix " $5 " vs " fix[id] ";"
	if ($6 != al[id]) w = w " aliases [" $6 "] vs [" al[id] "];"
	if ($7 != sum[id]) w = w " title '\''" $7 "'\'' vs summary '\''" \
	    sum[id] "'\'';"
	if (w != "")
		print id ":" w
}' "$tmp/table" "$tmp/docs" > "$tmp/mismatch"
if [ -s "$tmp/mismatch" ]; then
	tap_not_ok "docs match the table (doc vs table)" \
	    "$(cat "$tmp/mismatch")"
else
	tap_ok "docs match the table"
fi

# 2b. contrib/dfopt.schema.json agrees with the config reader: the
#     configs of the golden tests validate, the malformed ones do not.
if command -v python3 > /dev/null 2>&1 &&
    python3 -c 'import jsonschema, yaml' > /dev/null 2>&1; then
	for y in "$top_srcdir"/tests/golden/check/*.yaml; do
		[ -e "$y" ] || continue
		case $(basename "$y") in
		config-malformed*|config-syntax*) want=invalid ;;
		*) want=valid ;;
		esac
		got=$(python3 - "$top_srcdir/contrib/dfopt.schema.json" "$y" \
		    2>&1 <<'EOF'
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
try:
    doc = yaml.safe_load(open(sys.argv[2]))
    jsonschema.validate(doc if doc is not None else {}, schema)
    print("valid")
except Exception as e:
    print("invalid")
EOF
)
		if [ "$got" = "$want" ]; then
			tap_ok "schema: $(basename "$y") is $want"
		else
			tap_not_ok "schema: $(basename "$y") is $want" "$got"
		fi
	done
else
	echo "# python3 with jsonschema and yaml not found: schema skipped"
fi

# 3. Usage lines in dfopt(1), compared after rendering, blanks ignored
#    (mdoc typesets "[-x V]..." as "[-x V] ...").
if command -v mandoc > /dev/null 2>&1; then
	MANWIDTH=1000 mandoc -T ascii -O width=1000 "$top_srcdir/man/dfopt.1" |
	    sed 's/.\x08//g' | tr -d ' \t' > "$tmp/dfopt.1.txt"
	for cmd in $(run_dfopt --help 2>/dev/null |
	    $AWK '/^commands:/ { on = 1; next } on && !NF { exit }
	    on { print $1 }'); do
		usage=$(run_dfopt help "$cmd" | sed -n 's/^usage: //p')
		if grep -F -q -e "$(printf '%s' "$usage" | tr -d ' \t')" \
		    "$tmp/dfopt.1.txt"; then
			tap_ok "dfopt(1) SYNOPSIS has '$usage'"
		else
			tap_not_ok "dfopt(1) SYNOPSIS has '$usage'"
		fi
	done
	for page in "$top_srcdir"/man/*.[1-9]; do
		if mandoc -T lint -W warning "$page" > "$tmp/lint" 2>&1; then
			tap_ok "mandoc -T lint $(basename "$page")"
		else
			tap_not_ok "mandoc -T lint $(basename "$page")" \
			    "$(head -20 "$tmp/lint")"
		fi
	done
else
	echo "# mandoc not found: man page checks skipped"
fi
tap_done
