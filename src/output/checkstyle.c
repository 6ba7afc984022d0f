/* SPDX-License-Identifier: ISC */
/*
 * The `checkstyle` format, as Jenkins (warnings-ng), GitLab and reviewdog
 * read it:
 *
 *	<?xml version="1.0" encoding="UTF-8"?>
 *	<checkstyle version="4.3">
 *	  <file name="Dockerfile">
 *	    <error line="2" column="5" severity="warning"
 *	        message="apt lists not removed" source="DF3001"/>
 *	  </file>
 *	</checkstyle>
 *
 * Every file checked gets a <file> element, with or without findings.
 * severity is error, warning or info (info and style findings); source is
 * the rule id.  Findings without a file go under <file name="dfopt">.
 * XML escaping and the removal of characters XML forbids are xmlw.c's job.
 */
#include <stdio.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "output/output.h"
#include "output/xmlw.h"

static int	checkstyle_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_checkstyle_entry = {
	.name = "checkstyle",
	.summary = "Checkstyle XML (Jenkins, reviewdog)",
	.emit = checkstyle_emit
};

static const char *
checkstyle_severity(enum severity level)
{
	switch (level) {
	case SEV_ERROR:
		return "error";
	case SEV_WARNING:
		return "warning";
	case SEV_NONE:
		return "ignore";
	default:
		return "info";
	}
}

static int
checkstyle_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct output_files	 files;
	const struct output_file *of;
	const struct diag	*dg;
	struct source_pos	 p;
	struct xmlw		*w;
	size_t			 i, j;

	output_files_build(&files, run);
	w = xmlw_new();
	xmlw_start(w, "checkstyle");
	xmlw_attr(w, "version", "4.3");
	for (i = 0; i < files.n; i++) {
		of = &files.v[i];
		xmlw_start(w, "file");
		xmlw_attr(w, "name", of->name != NULL ? of->name : DFOPT_NAME);
		for (j = 0; j < of->n; j++) {
			dg = &run->diags->v[of->diag[j]];
			xmlw_start(w, "error");
			if (dg->src != NULL) {
				p = source_position(dg->src, dg->span.off);
				xmlw_attr_uint(w, "line", p.line);
				xmlw_attr_uint(w, "column", p.column);
			}
			xmlw_attr(w, "severity",
			    checkstyle_severity(dg->level));
			xmlw_attr(w, "message", dg->message);
			xmlw_attr(w, "source",
			    dg->rule != NULL ? dg->rule : DFOPT_NAME);
			xmlw_end(w);
		}
		xmlw_end(w);
	}
	xmlw_end(w);
	output_files_release(&files);
	return xmlw_finish(w, fp);
}
