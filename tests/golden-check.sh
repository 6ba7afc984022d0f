#!/bin/sh
# SPDX-License-Identifier: ISC
# Golden tests for `dfopt check` (engine behaviour: pragmas, config,
# --target/--build-arg, exit codes, discovery, stdin).  For each
# tests/golden/check/NAME.Dockerfile:
#	NAME.args	the arguments after `dfopt check`, one per line (@DIR@
#			is the case directory); default: --no-config
#			NAME.Dockerfile
#	NAME.env	K=V lines exported for the run (DFOPT_* variables)
#	NAME.stdin	standard input (default /dev/null)
#	NAME.cwd	a subdirectory of the case directory to run in
#	NAME.requires	a program the case needs (skipped without it)
#	NAME.out	expected standard output
#	NAME.err	expected standard error (missing: empty)
#	NAME.status	expected exit status
# Runs have no user configuration: HOME and XDG_CONFIG_HOME point to an
# empty directory and DFOPT_* variables are unset.  DFOPT_UPDATE=1
# rewrites the expected files; review the diff.  DFOPT_CASES=GLOB runs
# only the cases whose NAME matches (use it with DFOPT_UPDATE so as not
# to rewrite other people's cases).
. "${top_srcdir:-.}/tests/lib.sh"

dir="$top_srcdir/tests/golden/check"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home"
update=${DFOPT_UPDATE:-0}
cases=${DFOPT_CASES:-*}
for v in $(env | sed -n 's/^\(DFOPT_[A-Z_]*\)=.*/\1/p'); do
	case $v in DFOPT_VALGRIND | DFOPT_VALGRIND_BIN) ;; *) unset "$v" ;; esac
done

for df in "$dir"/*.Dockerfile; do
	[ -e "$df" ] || continue
	name=$(basename "$df" .Dockerfile)
	# shellcheck disable=SC2254
	case $name in
	$cases) ;;
	*) continue ;;
	esac
	if [ -f "$dir/$name.requires" ] &&
	    ! command -v "$(cat "$dir/$name.requires")" > /dev/null 2>&1; then
		tap_n=$((tap_n + 1))
		echo "ok $tap_n - check/$name # SKIP $(cat \
		    "$dir/$name.requires") not installed"
		continue
	fi
	set --
	if [ -f "$dir/$name.args" ]; then
		while IFS= read -r a || [ -n "$a" ]; do
			a=$(printf '%s' "$a" | sed "s|@DIR@|$dir|g")
			set -- "$@" "$a"
		done < "$dir/$name.args"
	else
		set -- --no-config "$name.Dockerfile"
	fi
	in=/dev/null
	[ -f "$dir/$name.stdin" ] && in="$dir/$name.stdin"
	cwd="$dir"
	[ -f "$dir/$name.cwd" ] && cwd="$dir/$(cat "$dir/$name.cwd")"
	(
		cd "$cwd" || exit 99
		HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home"
		export HOME XDG_CONFIG_HOME
		if [ -f "$dir/$name.env" ]; then
			while IFS= read -r kv || [ -n "$kv" ]; do
				[ -n "$kv" ] && export "${kv?}"
			done < "$dir/$name.env"
		fi
		run_dfopt check "$@"
	) > "$tmp/out" 2> "$tmp/err" < "$in"
	echo $? > "$tmp/status"
	sed -i "s|$dir/||g" "$tmp/out" "$tmp/err"
	if [ "$update" = 1 ]; then
		cp "$tmp/out" "$dir/$name.out"
		cp "$tmp/status" "$dir/$name.status"
		if [ -s "$tmp/err" ]; then
			cp "$tmp/err" "$dir/$name.err"
		else
			rm -f "$dir/$name.err"
		fi
	fi
	[ -f "$dir/$name.err" ] || : > "$tmp/noerr"
	why=""
	for k in out err status; do
		exp="$dir/$name.$k"
		[ "$k" = err ] && [ ! -f "$exp" ] && exp="$tmp/noerr"
		if ! diff -u "$exp" "$tmp/$k" > "$tmp/diff" 2>&1; then
			why="$why$(cat "$tmp/diff")
"
		fi
	done
	if [ -z "$why" ]; then
		tap_ok "check/$name"
	else
		tap_not_ok "check/$name" "$why"
	fi
done

# .git directories are never searched; a .git cannot be a committed
# fixture, so this tree is made here.
mkdir -p "$tmp/repo/.git" "$tmp/repo/sub"
printf 'FROM alpine:3\nFROBNICATE\n' > "$tmp/repo/.git/Dockerfile"
printf 'FROM alpine:3\nFROBNICATE\n' > "$tmp/repo/sub/Dockerfile"
(cd "$tmp" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home" \
    run_dfopt check --no-config --select DF1001 repo) > "$tmp/out" 2>&1
rc=$?
if [ "$rc" = 1 ] && grep -q '^repo/sub/Dockerfile:2:1: ' "$tmp/out" &&
    ! grep -q '\.git' "$tmp/out"; then
	tap_ok "check/discovery-skips-git"
else
	tap_not_ok "check/discovery-skips-git" "exit $rc
$(cat "$tmp/out")"
fi
tap_done
