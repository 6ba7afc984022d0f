/* SPDX-License-Identifier: ISC */
/*
 * Parse throughput: read every file named on the command line once, then
 * parse them all in one process for a few rounds and print MB/s and
 * files/s for the best round.  Built by `make bench` only; it asserts
 * nothing, it measures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "parser.h"
#include "source.h"

#define ROUNDS	5

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct source	**srcs;
	struct diags	  d;
	struct ast_file	 *f;
	double		  t0, t, best = -1;
	size_t		  bytes = 0, nerr = 0;
	int		  i, r, n = argc - 1;

	if (n < 1) {
		fprintf(stderr, "usage: bench-parse FILE...\n");
		return 2;
	}
	srcs = calloc(n, sizeof(*srcs));
	for (i = 0; i < n; i++) {
		if (source_load(&srcs[i], argv[i + 1]) == -1)
			return 3;
		bytes += srcs[i]->len;
	}
	for (r = 0; r < ROUNDS; r++) {
		t0 = now();
		for (i = 0; i < n; i++) {
			diags_init(&d);
			f = parser_parse(srcs[i], &d, 0);
			if (r == 0)
				nerr += diags_count(&d, NULL);
			ast_file_free(f);
			diags_release(&d);
		}
		t = now() - t0;
		if (best < 0 || t < best)
			best = t;
	}
	printf("parse: %d files, %.2f MB, best of %d rounds %.3f s: "
	    "%.1f MB/s, %.0f files/s (%zu findings)\n", n, bytes / 1e6,
	    ROUNDS, best, bytes / 1e6 / best, n / best, nerr);
	for (i = 0; i < n; i++)
		source_free(srcs[i]);
	free(srcs);
	return 0;
}
