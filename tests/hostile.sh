#!/bin/sh
# SPDX-License-Identifier: ISC
# Hostile inputs (issue: hardening the lint path).  tests/hostile/gen.py
# writes pathological Dockerfiles and configs; every command that reads
# them must end with a defined exit status and a clear message, within
# generous time and memory limits, and every output format must stay
# valid.  A second pass at twice the size checks that time grows about
# linearly.  Real figures are recorded by `make bench`, not asserted here.
. "${top_srcdir:-.}/tests/lib.sh"

py=/usr/bin/python3
[ -x "$py" ] || tap_skip_all "/usr/bin/python3 not installed (contrib/install-deps)"
command -v xmllint > /dev/null || tap_skip_all "xmllint not installed (contrib/install-deps)"

# Limits: CPU seconds (user + system, so that a loaded machine does not
# fail the test; the wall clock limit that kills a runaway is 4 times
# longer) and KiB of peak RSS.  Sanitizer builds are slower:
# DFOPT_TIME_FACTOR scales the time limits for them (and
# DFOPT_SANITIZERS, set by the build, scales time and memory).  Under valgrind
# (DFOPT_VALGRIND=1) only the inputs under 256 KiB run, under memcheck,
# and the doubling test is skipped.
factor=${DFOPT_TIME_FACTOR:-1}
vg=${DFOPT_VALGRIND:-0}
[ "$vg" = 1 ] && factor=$((factor * 30))
# ASan and UBSan (./configure --enable-asan --enable-ubsan, which sets
# DFOPT_SANITIZERS) cost about twice the time and three times the memory
# (shadow memory, redzones, quarantine): allow four times both.
mfactor=1
if [ -n "${DFOPT_SANITIZERS:-}" ]; then
	factor=$((factor * 4))
	mfactor=4
fi
tlimit=$((5 * factor))
wlimit=$((4 * tlimit))
mlimit=$((512 * 1024 * mfactor))
[ "$vg" = 1 ] && mlimit=$((2048 * 1024))

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$py" "$top_srcdir/tests/hostile/gen.py" "$tmp/in" 1 || exit 99
[ "$vg" = 1 ] || "$py" "$top_srcdir/tests/hostile/gen.py" "$tmp/in2" 2 ||
    exit 99

# run NAME EXPECTED-STATUSES ARGS...: run dfopt ARGS (under valgrind with
# DFOPT_VALGRIND=1); check status, CPU time, memory and that a failure
# says why.  Sets st, secs (CPU seconds) and kib.
run() {
	name=$1 ok=$2
	shift 2
	if [ "$vg" = 1 ]; then
		set -- "$top_srcdir/tests/valgrind-wrap" "$DFOPT" "$@"
	else
		set -- "$DFOPT" "$@"
	fi
	/usr/bin/time -f "%U %S %M" -o "$tmp/time" \
	    timeout -s KILL "$wlimit" "$@" > "$tmp/out" 2> "$tmp/err" \
	    < /dev/null
	st=$?
	# time(1) puts "Command exited with non-zero status N" first.
	# shellcheck disable=SC2046
	set -- $(tail -n 1 "$tmp/time" 2> /dev/null) 0 0 0
	secs=$(awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f", u + s }')
	kib=$3
	# timeout(1) reports a killed command as 137.
	case " $ok " in
	*" $st "*) ;;
	*)
		tap_not_ok "$name" "exit status $st (wanted one of: $ok), ${secs}s CPU, ${kib} KiB
$(head -c 600 "$tmp/err")"
		return 1 ;;
	esac
	if awk -v a="$secs" -v b="$tlimit" 'BEGIN { exit !(a > b) }'; then
		tap_not_ok "$name" "${secs}s CPU, over ${tlimit}s"
		return 1
	fi
	if [ "${kib:-0}" -gt "$mlimit" ]; then
		tap_not_ok "$name" "peak RSS ${kib} KiB over $mlimit KiB"
		return 1
	fi
	if [ "$st" -ge 2 ] && ! grep -q . "$tmp/err"; then
		tap_not_ok "$name" "status $st without a message on stderr"
		return 1
	fi
	return 0
}

valid_json() { "$py" -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1"; }

for f in "$tmp"/in/*.Dockerfile; do
	case=$(basename "$f" .Dockerfile)
	cfg="$tmp/in/$case.yaml"
	if [ "$vg" = 1 ] && [ "$(wc -c < "$f")" -gt 262144 ]; then
		tap_n=$((tap_n + 1))
		echo "ok $tap_n - $case # SKIP too big for valgrind"
		continue
	fi
	if [ -f "$cfg" ]; then
		# A broken config is a usage error with a position; a valid
		# one runs.  Either way: no crash, a message, bounded.
		run "$case: check -c" "0 1 2" check --color never -c "$cfg" "$f" &&
		if grep -q '^dfopt' "$tmp/err" && ! grep -Eq ':[0-9]+(:[0-9]+)?: |[0-9]+:[0-9]+' "$tmp/err" &&
		    [ "$st" -eq 2 ]; then
			tap_not_ok "$case: config error has a position" "$(head -c 300 "$tmp/err")"
		else
			tap_ok "$case: check -c (status $st, ${secs}s, ${kib} KiB)"
		fi
		continue
	fi
	if run "$case: parse" "0 1" parse "$f"; then
		if [ "$st" -eq 0 ] || [ -s "$tmp/out" ]; then
			if valid_json "$tmp/out" 2> "$tmp/jerr"; then
				tap_ok "$case: parse (status $st, ${secs}s, ${kib} KiB)"
			else
				tap_not_ok "$case: parse json" "$(head -c 300 "$tmp/jerr")"
			fi
		else
			tap_not_ok "$case: parse printed no tree"
		fi
	fi
	run "$case: parse buildkit" "0 1" parse --format buildkit "$f" &&
	    tap_ok "$case: parse buildkit (status $st)"
	for fmt in json sarif codeclimate; do
		run "$case: check -f $fmt" "0 1" check --no-config -f "$fmt" "$f" &&
		if valid_json "$tmp/out" 2> "$tmp/jerr"; then
			tap_ok "$case: check -f $fmt (status $st, ${secs}s, ${kib} KiB)"
		else
			tap_not_ok "$case: check -f $fmt is valid JSON" "$(head -c 300 "$tmp/jerr")"
		fi
	done
	for fmt in checkstyle junit; do
		run "$case: check -f $fmt" "0 1" check --no-config -f "$fmt" "$f" &&
		if xmllint --noout "$tmp/out" 2> "$tmp/xerr"; then
			tap_ok "$case: check -f $fmt (status $st)"
		else
			tap_not_ok "$case: check -f $fmt is well-formed XML" "$(head -c 300 "$tmp/xerr")"
		fi
	done
	run "$case: check -f text" "0 1" check --no-config "$f" &&
	    tap_ok "$case: check -f text (status $st)"
	run "$case: graph" "0 1" graph --format json "$f" &&
	if [ "$st" -ne 0 ] && [ ! -s "$tmp/out" ]; then
		tap_ok "$case: graph (status $st, no graph)"
	elif valid_json "$tmp/out" 2> "$tmp/jerr"; then
		tap_ok "$case: graph (status $st, ${secs}s)"
	else
		tap_not_ok "$case: graph json" "$(head -c 300 "$tmp/jerr")"
	fi
done

# Doubling the input must not much more than double the time: compare the
# sized cases at factors 1 and 2.  Below 0.2 s, timer noise dominates, so
# the bound there is absolute.
[ "$vg" = 1 ] || for f in "$tmp"/in2/*.Dockerfile; do
	case=$(basename "$f" .Dockerfile)
	[ -f "$tmp/in2/$case.yaml" ] && continue
	cmp -s "$f" "$tmp/in/$case.Dockerfile" && continue
	run "$case: check x1" "0 1" check --no-config -f json "$tmp/in/$case.Dockerfile" || continue
	t1=$secs
	run "$case: check x2" "0 1" check --no-config -f json "$f" || continue
	t2=$secs
	if awk -v a="$t1" -v b="$t2" 'BEGIN { exit !(b <= 3 * a || b <= 0.2 * 3) }'; then
		tap_ok "$case: scales linearly (${t1}s -> ${t2}s at 2x)"
	else
		tap_not_ok "$case: scales linearly" "${t1}s at 1x, ${t2}s at 2x"
	fi
done
tap_done
