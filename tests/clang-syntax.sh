#!/bin/sh
# SPDX-License-Identifier: ISC
# Compile every C file with clang -fsyntax-only, the project's warnings
# and -Werror.  CI builds with gcc, but the fuzzing build (make fuzz)
# needs clang, whose warnings differ (-Wformat-nonliteral under
# -Wformat=2 wants a format attribute on every va_list function, for
# one): this keeps that build from rotting unseen.  One TAP line per
# file; *-fixture.c files are #included by tests, not compiled alone.  DFOPT_WARNFLAGS and DFOPT_CPPFLAGS come from the Makefile.
. "${top_srcdir:-.}/tests/lib.sh"

command -v clang > /dev/null 2>&1 ||
	tap_skip_all "clang not installed (contrib/install-deps installs it)"
[ -n "${DFOPT_WARNFLAGS:-}" ] ||
	tap_skip_all "DFOPT_WARNFLAGS not set: run through make check"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

for f in $(cd "$top_srcdir" && find src tests/unit tests/fuzz \
    tests/bench -name '*.c' ! -name '*-fixture.c' | sort); do
	# Word splitting of the flag lists is wanted here.
	# shellcheck disable=SC2086
	if clang -fsyntax-only $DFOPT_WARNFLAGS -Werror $DFOPT_CPPFLAGS \
	    "$top_srcdir/$f" > "$tmp/err" 2>&1; then
		tap_ok "clang: $f"
	else
		tap_not_ok "clang: $f" "$(head -20 "$tmp/err")"
	fi
done
tap_done
