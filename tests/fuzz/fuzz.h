/* SPDX-License-Identifier: ISC */
/*
 * Shared by the fuzz targets: FAIL() reports which oracle check failed
 * (file and line on stderr), then aborts, so a replayed seed that fails
 * says why without a debugger.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdio.h>
#include <stdlib.h>

#define FAIL()	fuzz_fail(__FILE__, __LINE__)

static void	fuzz_fail(const char *, int)
		    __attribute__((noreturn, unused));

static void
fuzz_fail(const char *file, int line)
{
	fprintf(stderr, "%s:%d: fuzz oracle failed\n", file, line);
	abort();
}

#endif
