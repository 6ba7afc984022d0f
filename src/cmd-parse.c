/* SPDX-License-Identifier: ISC */
/*
 * `dfopt parse [--format json|buildkit] FILE|-`: print the syntax tree of
 * one Dockerfile, as JSON (the schema is in dfopt(1)) or as BuildKit's
 * parser test dump, and its parser findings on standard error in gcc
 * style.  It runs no rules: that is `dfopt check`.
 *
 * Exit status: 0 no error finding, 1 error findings, 2 usage error,
 * 3 the file could not be read or the output not written.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "ast-dump.h"
#include "cmd.h"
#include "diag.h"
#include "parser.h"
#include "source.h"

static int	cmd_parse_exec(int, char **);

const struct cmd_entry cmd_parse_entry = {
	"parse",
	"parse [--format json|buildkit] FILE|-",
	"print the syntax tree of a Dockerfile",
	"  -f, --format FMT  json (the default): the whole tree with spans;\n"
	"                    buildkit: BuildKit's parser test dump\n"
	"  -h, --help        print this help\n",
	cmd_parse_exec
};

/* Print findings gcc-style: "file:line:col: level: message [id]". */
static void
cmd_parse_findings(const struct diags *d)
{
	const struct diag	*dg;
	struct source_pos	 pos;
	size_t			 i;

	for (i = 0; i < d->n; i++) {
		dg = &d->v[i];
		pos = source_position(dg->src, dg->span.off);
		fprintf(stderr, "%s:%zu:%zu: %s: %s [%s]\n", dg->src->name,
		    pos.line, pos.column, severity_name(dg->level),
		    dg->message, dg->rule);
	}
}

static int
cmd_parse_exec(int argc, char **argv)
{
	static const struct option	 longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct source			*src;
	struct ast_file			*f;
	struct diags			 d;
	const char			*format = "json";
	int				 ch, rc, buildkit;

	optind = 0;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			format = optarg;
			break;
		case 'h':
			cmd_usage(&cmd_parse_entry, stdout);
			return DFOPT_EXIT_OK;
		default:
			if (optopt == 'f')
				return cmd_usage_error(&cmd_parse_entry,
				    "option '--format' needs an argument");
			return cmd_usage_error(&cmd_parse_entry,
			    "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (strcmp(format, "json") == 0)
		buildkit = 0;
	else if (strcmp(format, "buildkit") == 0)
		buildkit = 1;
	else
		return cmd_usage_error(&cmd_parse_entry,
		    "unknown format '%s'; use json or buildkit", format);
	if (argc - optind != 1)
		return cmd_usage_error(&cmd_parse_entry,
		    argc - optind == 0 ? "missing FILE" : "too many files");
	if (source_load(&src, argv[optind]) == -1)
		return DFOPT_EXIT_SYSTEM;
	diags_init(&d);
	f = parser_parse(src, &d, 0);
	diags_sort(&d);
	if (buildkit)
		rc = ast_dump_buildkit(stdout, f);
	else
		rc = ast_dump_json(stdout, f, &d);
	if (fflush(stdout) == EOF)
		rc = -1;
	cmd_parse_findings(&d);
	if (rc == -1) {
		error("parse: cannot write the output");
		rc = DFOPT_EXIT_SYSTEM;
	} else
		rc = diags_worst(&d) >= SEV_ERROR ? DFOPT_EXIT_FINDINGS :
		    DFOPT_EXIT_OK;
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
	return rc;
}
