#!/bin/sh
# SPDX-License-Identifier: ISC
# The scenarios of ../shared/examples get the verdict dfopt exists for:
# every Dockerfile.single (one stage, built FROM a toolchain image and
# compiled in place) gets DF5001 toolchain-runtime-image, which points at
# `dfopt rewrite`, and every Dockerfile.multi (the hand-written
# builder/runtime split) does not.  Every example must also check without
# a crash (exit 0 or 1) under the default rule set.  Skipped, loudly, when
# the shared examples are not beside the checkout.
. "${top_srcdir:-.}/tests/lib.sh"

dir="$top_srcdir/../shared/examples"
if [ ! -d "$dir" ]; then
	echo "# $dir not found: the examples verdicts are NOT checked" >&2
	tap_skip_all "no ../shared/examples beside the checkout"
fi
dir=$(cd "$dir" && pwd)

n=0
for df in "$dir"/*/Dockerfile*; do
	[ -f "$df" ] || continue
	n=$((n + 1))
	name=${df#"$dir"/}
	out=$(run_dfopt check --no-config --no-show-source --select DF5001 \
	    "$df" 2>&1 < /dev/null)
	st=$?
	case "$df" in
	*.single)
		if [ "$st" = 1 ] &&
		    printf '%s\n' "$out" | grep -q '\[DF5001\]'; then
			tap_ok "$name: toolchain-runtime-image reported"
		else
			tap_not_ok "$name: toolchain-runtime-image reported" \
			    "exit $st
$out"
		fi
		;;
	*.multi)
		if [ "$st" = 0 ] &&
		    ! printf '%s\n' "$out" | grep -q '\[DF5001\]'; then
			tap_ok "$name: no toolchain-runtime-image"
		else
			tap_not_ok "$name: no toolchain-runtime-image" \
			    "exit $st
$out"
		fi
		;;
	esac
	out=$(run_dfopt check --no-config --no-show-source "$df" 2>&1 \
	    < /dev/null)
	st=$?
	if [ "$st" = 0 ] || [ "$st" = 1 ]; then
		tap_ok "$name: default check runs"
	else
		tap_not_ok "$name: default check runs" "exit $st
$out"
	fi
done
if [ "$n" = 0 ]; then
	echo "# no Dockerfile in $dir" >&2
	tap_not_ok "examples found in $dir"
fi
tap_done
