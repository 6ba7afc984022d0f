/* SPDX-License-Identifier: ISC */
/*
 * The `gnu` format: "file:line:col: level: message [ID]" per finding and
 * nothing else (GNU Coding Standards, "Formatting Error Messages"): no
 * colour, no source excerpt, no summary.  For editors and scripts that
 * want exactly one line per finding.
 */
#include <stdio.h>

#include "dfopt.h"
#include "diag.h"
#include "output/output.h"

static int	gnu_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_gnu_entry = {
	.name = "gnu",
	.summary = "\"file:line:col: level: message [ID]\" lines only",
	.emit = gnu_emit
};

static int
gnu_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct output_files	files;
	size_t			i, j;

	output_files_build(&files, run);
	for (i = 0; i < files.n; i++)
		for (j = 0; j < files.v[i].n; j++)
			output_text_header(fp,
			    &run->diags->v[files.v[i].diag[j]], 0);
	output_files_release(&files);
	return 0;
}
