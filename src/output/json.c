/* SPDX-License-Identifier: ISC */
/*
 * The `json` format: one JSON document for the whole run.  This comment is
 * its specification; the layout is stable (keys always present, in this
 * order) and "schema" changes when a key is removed or changes meaning
 * (adding a key does not change it).
 *
 *	{
 *	  "schema": 1,
 *	  "tool": { "name": "dfopt", "version": "0.1.0" },
 *	  "exit_code": 1,			status dfopt exits with
 *	  "files": [ "Dockerfile", ... ],	files checked, report order
 *	  "summary": {
 *	    "files": 2,				files with findings
 *	    "findings": 4,
 *	    "error": 1, "warning": 3, "info": 0, "style": 0,
 *	    "fixable": 1			findings with a fix
 *	  },
 *	  "findings": [
 *	    {
 *	      "id": "DF3001",
 *	      "name": "apt-lists-not-removed",	null: id not in the rule table
 *	      "aliases": [ "DL3009" ],		hadolint/BuildKit names; [] none
 *	      "level": "warning",		error, warning, info or style
 *	      "message": "...",
 *	      "help": "..." or null,
 *	      "file": "Dockerfile" or null,	null: not about one file
 *	      "start": POS or null,		first byte of the span
 *	      "end": POS or null,		just past its last byte
 *	      "fix": null or {
 *	        "applicability": "safe" or "unsafe",
 *	        "edits": [ { "start": POS, "end": POS, "text": "..." } ]
 *	      }					replace [start, end) by text
 *	    }
 *	  ]
 *	}
 *
 * POS is { "line": 1-based, "column": 1-based in Unicode code points,
 * "offset": 0-based byte offset }.  Findings come file by file in the
 * order of "files" (then those without a file), each file's sorted by
 * offset and id.  Strings are UTF-8; bytes that are not valid UTF-8
 * appear as U+FFFD.
 */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "output/jsonw.h"
#include "output/output.h"
#include "rules/rules.h"

#define JSON_SCHEMA_VERSION	1

static json_t	*json_finding(const struct diag *);
static int	 json_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_json_entry = {
	.name = "json",
	.summary = "one JSON document: findings, positions, fixes",
	.emit = json_emit
};

static json_t *
json_fix(const struct diag *dg)
{
	json_t	*fix, *edits, *e;
	size_t	 i;

	if (dg->nedits == 0 || dg->src == NULL)
		return json_null();
	edits = json_array();
	for (i = 0; i < dg->nedits; i++) {
		e = json_object();
		json_object_set_new(e, "start",
		    jsonw_pos(dg->src, dg->edits[i].span.off));
		json_object_set_new(e, "end",
		    jsonw_pos(dg->src, SPAN_END(dg->edits[i].span)));
		json_object_set_new(e, "text", jsonw_str(dg->edits[i].text));
		json_array_append_new(edits, e);
	}
	fix = json_object();
	json_object_set_new(fix, "applicability",
	    json_string(dg->fix_unsafe ? "unsafe" : "safe"));
	json_object_set_new(fix, "edits", edits);
	return fix;
}

static json_t *
json_finding(const struct diag *dg)
{
	const struct rule_entry	*r;
	json_t			*o, *aliases;
	size_t			 i;

	r = output_rule(dg);
	aliases = json_array();
	for (i = 0; r != NULL && r->aliases != NULL && r->aliases[i] != NULL;
	    i++)
		json_array_append_new(aliases, jsonw_str(r->aliases[i]));

	o = json_object();
	json_object_set_new(o, "id", jsonw_str(dg->rule));
	json_object_set_new(o, "name", jsonw_str(r != NULL ? r->name : NULL));
	json_object_set_new(o, "aliases", aliases);
	json_object_set_new(o, "level", json_string(severity_name(dg->level)));
	json_object_set_new(o, "message", jsonw_str(dg->message));
	json_object_set_new(o, "help", jsonw_str(dg->help));
	if (dg->src != NULL) {
		json_object_set_new(o, "file", jsonw_str(dg->src->name));
		json_object_set_new(o, "start",
		    jsonw_pos(dg->src, dg->span.off));
		json_object_set_new(o, "end",
		    jsonw_pos(dg->src, SPAN_END(dg->span)));
	} else {
		json_object_set_new(o, "file", json_null());
		json_object_set_new(o, "start", json_null());
		json_object_set_new(o, "end", json_null());
	}
	json_object_set_new(o, "fix", json_fix(dg));
	return o;
}

static int
json_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct output_files	 files;
	json_t			*doc, *tool, *names, *sum, *list;
	size_t			 i, nwith, nfix, n, *order;

	output_files_build(&files, run);
	names = json_array();
	nwith = 0;
	for (i = 0; i < files.n; i++) {
		if (files.v[i].src == NULL)
			continue;
		json_array_append_new(names, jsonw_str(files.v[i].name));
		if (files.v[i].n > 0)
			nwith++;
	}
	output_files_release(&files);

	n = run->diags != NULL ? run->diags->n : 0;
	order = output_order(run);
	list = json_array();
	nfix = 0;
	for (i = 0; i < n; i++) {
		json_array_append_new(list,
		    json_finding(&run->diags->v[order[i]]));
		if (run->diags->v[i].nedits > 0)
			nfix++;
	}
	free(order);

	tool = json_object();
	json_object_set_new(tool, "name", json_string(DFOPT_NAME));
	json_object_set_new(tool, "version", jsonw_str(output_version(run)));

	sum = json_object();
	json_object_set_new(sum, "files", jsonw_uint(nwith));
	json_object_set_new(sum, "findings", jsonw_uint(n));
	json_object_set_new(sum, "error",
	    jsonw_uint(output_count_level(run, SEV_ERROR)));
	json_object_set_new(sum, "warning",
	    jsonw_uint(output_count_level(run, SEV_WARNING)));
	json_object_set_new(sum, "info",
	    jsonw_uint(output_count_level(run, SEV_INFO)));
	json_object_set_new(sum, "style",
	    jsonw_uint(output_count_level(run, SEV_STYLE)));
	json_object_set_new(sum, "fixable", jsonw_uint(nfix));

	doc = json_object();
	json_object_set_new(doc, "schema", json_integer(JSON_SCHEMA_VERSION));
	json_object_set_new(doc, "tool", tool);
	json_object_set_new(doc, "exit_code", json_integer(run->exit_code));
	json_object_set_new(doc, "files", names);
	json_object_set_new(doc, "summary", sum);
	json_object_set_new(doc, "findings", list);
	return jsonw_dump(fp, doc);
}
