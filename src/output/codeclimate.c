/* SPDX-License-Identifier: ISC */
/*
 * The `codeclimate` format: a JSON array of Code Climate issues, the
 * format of GitLab Code Quality (artifacts:reports:codequality):
 *
 *	[
 *	  {
 *	    "type": "issue",
 *	    "check_name": "DF3001",
 *	    "description": "apt lists not removed",
 *	    "content": { "body": "help text" },	only with help
 *	    "categories": [ "Style" ],
 *	    "fingerprint": "0123456789abcdef",
 *	    "severity": "minor",
 *	    "location": { "path": "Dockerfile",
 *	                  "lines": { "begin": 2, "end": 3 } }
 *	  }
 *	]
 *
 * severity: error -> major, warning -> minor, info and style -> info.
 * The fingerprint hashes rule, file and the normalised text of the lines,
 * not their number (output_fingerprints()), so GitLab keeps tracking a
 * finding when lines above it move.  Paths are as given, without "./".
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "output/jsonw.h"
#include "output/output.h"

static int	codeclimate_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_codeclimate_entry = {
	.name = "codeclimate",
	.summary = "Code Climate JSON (GitLab Code Quality)",
	.emit = codeclimate_emit
};

static const char *
codeclimate_severity(enum severity level)
{
	switch (level) {
	case SEV_ERROR:
		return "major";
	case SEV_WARNING:
		return "minor";
	default:
		return "info";
	}
}

static json_t *
codeclimate_issue(const struct diag *dg, uint64_t fingerprint)
{
	struct span	 l;
	const char	*path;
	json_t		*o, *loc;
	size_t		 begin, end;
	char		 hex[32];

	path = dg->src != NULL ? dg->src->name : DFOPT_NAME;
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	begin = end = 1;
	if (dg->src != NULL) {
		l = output_line_span(dg->src, dg->span);
		begin = source_line_of(dg->src, l.off) + 1;
		end = source_line_of(dg->src, SPAN_END(l)) + 1;
	}
	loc = json_object();
	json_object_set_new(loc, "path", jsonw_str(path));
	json_object_set_new(loc, "lines", json_pack("{s:o, s:o}",
	    "begin", jsonw_uint(begin), "end", jsonw_uint(end)));

	snprintf(hex, sizeof(hex), "%016" PRIx64, fingerprint);
	o = json_object();
	json_object_set_new(o, "type", json_string("issue"));
	json_object_set_new(o, "check_name",
	    jsonw_str(dg->rule != NULL ? dg->rule : DFOPT_NAME));
	json_object_set_new(o, "description", jsonw_str(dg->message));
	if (dg->help != NULL)
		json_object_set_new(o, "content",
		    json_pack("{s:o}", "body", jsonw_str(dg->help)));
	json_object_set_new(o, "categories", json_pack("[s]",
	    dg->level == SEV_ERROR ? "Bug Risk" : "Style"));
	json_object_set_new(o, "fingerprint", json_string(hex));
	json_object_set_new(o, "severity",
	    json_string(codeclimate_severity(dg->level)));
	json_object_set_new(o, "location", loc);
	return o;
}

static int
codeclimate_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	json_t		*list;
	uint64_t	*fps;
	size_t		 i, n, *order;

	n = run->diags != NULL ? run->diags->n : 0;
	fps = output_fingerprints(run);
	order = output_order(run);
	list = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(list, codeclimate_issue(
		    &run->diags->v[order[i]], fps[order[i]]));
	free(order);
	free(fps);
	return jsonw_dump(fp, list);
}
