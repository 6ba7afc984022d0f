/* SPDX-License-Identifier: ISC */
/*
 * The `junit` format: JUnit XML as GitLab (artifacts:reports:junit) and
 * Jenkins read it.  One <testsuite> per file checked, one <testcase> per
 * finding with a <failure>; a file without findings gets one passing
 * testcase so that it shows as checked:
 *
 *	<testsuites name="dfopt" tests="2" failures="1" errors="0">
 *	  <testsuite name="Dockerfile" tests="1" failures="1" errors="0"
 *	      skipped="0">
 *	    <testcase name="DF3001 at 2:5" classname="Dockerfile">
 *	      <failure message="apt lists not removed" type="warning">
 *	        Dockerfile:2:5: warning: apt lists not removed [DF3001]
 *	        help: ...</failure>
 *	    </testcase>
 *	  </testsuite>
 *	  ...
 *
 * The failure text is the text format's first line plus the help.
 */
#include <stdio.h>
#include <stdlib.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "xmalloc.h"
#include "output/output.h"
#include "output/xmlw.h"

static int	junit_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_junit_entry = {
	.name = "junit",
	.summary = "JUnit XML test report (GitLab, Jenkins)",
	.emit = junit_emit
};

static void
junit_case(struct xmlw *w, const struct diag *dg, const char *classname)
{
	struct source_pos	 p;
	FILE			*mem;
	char			*name, *body;
	size_t			 len;

	if (dg->src != NULL) {
		p = source_position(dg->src, dg->span.off);
		xasprintf(&name, "%s at %zu:%zu", dg->rule != NULL ?
		    dg->rule : DFOPT_NAME, p.line, p.column);
	} else
		name = xstrdup(dg->rule != NULL ? dg->rule : DFOPT_NAME);

	body = NULL;
	if ((mem = open_memstream(&body, &len)) != NULL) {
		output_text_header(mem, dg, 0);
		if (dg->help != NULL)
			fprintf(mem, "help: %s\n", dg->help);
		fclose(mem);
		if (len > 0 && body[len - 1] == '\n')
			body[len - 1] = '\0';
	}

	xmlw_start(w, "testcase");
	xmlw_attr(w, "name", name);
	xmlw_attr(w, "classname", classname);
	xmlw_start(w, "failure");
	xmlw_attr(w, "message", dg->message);
	xmlw_attr(w, "type", severity_name(dg->level));
	xmlw_text(w, body != NULL ? body : dg->message);
	xmlw_end(w);
	xmlw_end(w);
	free(name);
	free(body);
}

static int
junit_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct output_files	 files;
	const struct output_file *of;
	const char		*name;
	struct xmlw		*w;
	size_t			 i, j, tests, failures;

	output_files_build(&files, run);
	tests = failures = 0;
	for (i = 0; i < files.n; i++) {
		tests += files.v[i].n > 0 ? files.v[i].n : 1;
		failures += files.v[i].n;
	}
	w = xmlw_new();
	xmlw_start(w, "testsuites");
	xmlw_attr(w, "name", DFOPT_NAME);
	xmlw_attr_uint(w, "tests", tests);
	xmlw_attr_uint(w, "failures", failures);
	xmlw_attr_uint(w, "errors", 0);
	for (i = 0; i < files.n; i++) {
		of = &files.v[i];
		name = of->name != NULL ? of->name : DFOPT_NAME;
		xmlw_start(w, "testsuite");
		xmlw_attr(w, "name", name);
		xmlw_attr_uint(w, "tests", of->n > 0 ? of->n : 1);
		xmlw_attr_uint(w, "failures", of->n);
		xmlw_attr_uint(w, "errors", 0);
		xmlw_attr_uint(w, "skipped", 0);
		for (j = 0; j < of->n; j++)
			junit_case(w, &run->diags->v[of->diag[j]], name);
		if (of->n == 0) {
			xmlw_start(w, "testcase");
			xmlw_attr(w, "name", "dfopt check");
			xmlw_attr(w, "classname", name);
			xmlw_end(w);
		}
		xmlw_end(w);
	}
	xmlw_end(w);
	output_files_release(&files);
	return xmlw_finish(w, fp);
}
