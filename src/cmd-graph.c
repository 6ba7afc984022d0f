/* SPDX-License-Identifier: ISC */
/*
 * `dfopt graph`: print the stage graph of one Dockerfile as dot, Mermaid,
 * JSON or a text tree.  Findings about the file (syntax errors, DF4xxx
 * graph errors) go to stderr, gcc-style; the graph is printed anyway.
 * Building the graph is graph.c, printing it graph-dump.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "cmd.h"
#include "diag.h"
#include "graph.h"
#include "graph-dump.h"
#include "parser.h"
#include "source.h"
#include "xmalloc.h"

static int	cmd_graph_exec(int, char **);

const struct cmd_entry cmd_graph_entry = {
	"graph",
	"graph [--target T] [--build-arg K=V]... "
	    "[--format dot|mermaid|json|text] FILE|-",
	"print the stage graph",
	"  --target T        the stage to build (default: the last)\n"
	"  --build-arg K=V   set a build argument; repeatable\n"
	"  --format F        dot (default), mermaid, json or text\n"
	"  -h, --help        print this help\n",
	cmd_graph_exec
};

/*
 * Match option name (e.g. "--target") at argv[*i]: "--target=V" or
 * "--target V".  Returns 1 with *val set, 0 when argv[*i] is another
 * option, -1 when the value is missing.
 */
static int
cmd_graph_opt(int argc, char **argv, int *i, const char *name,
    const char **val)
{
	size_t	len;

	len = strlen(name);
	if (strncmp(argv[*i], name, len) != 0)
		return 0;
	if (argv[*i][len] == '=') {
		*val = argv[*i] + len + 1;
		return 1;
	}
	if (argv[*i][len] != '\0')
		return 0;
	if (*i + 1 >= argc)
		return -1;
	*val = argv[++*i];
	return 1;
}

/* Print one finding gcc-style, and its help as a note. */
static void
cmd_graph_print(const struct diag *dg)
{
	struct source_pos	p;
	const char		*name;

	name = dg->src != NULL ? dg->src->name : "-";
	if (dg->src != NULL)
		p = source_position(dg->src, dg->span.off);
	else
		p.line = p.column = 1;
	fprintf(stderr, "%s:%zu:%zu: %s: %s [%s]\n", name, p.line, p.column,
	    severity_name(dg->level), dg->message, dg->rule);
	if (dg->help != NULL)
		fprintf(stderr, "%s:%zu:%zu: note: %s\n", name, p.line,
		    p.column, dg->help);
}

static int
cmd_graph_exec(int argc, char **argv)
{
	const char		**bargs, *val, *path, *target, *format;
	struct graph_opts	  opts;
	enum graph_format	  fmt;
	struct source		 *src;
	struct ast_file		 *f;
	struct graph		 *g;
	struct diags		  d;
	size_t			  nb, i;
	int			  ai, r, ret, status;

	bargs = xcalloc(argc + 1, sizeof(*bargs));
	nb = 0;
	path = target = NULL;
	format = "dot";
	for (ai = 1; ai < argc; ai++) {
		if (strcmp(argv[ai], "-h") == 0 ||
		    strcmp(argv[ai], "--help") == 0) {
			free(bargs);
			cmd_usage(&cmd_graph_entry, stdout);
			return DFOPT_EXIT_OK;
		}
		if (strcmp(argv[ai], "--") == 0) {
			if (ai + 1 < argc && path == NULL)
				path = argv[++ai];
			if (ai + 1 < argc)
				goto extra;
			break;
		}
		if ((r = cmd_graph_opt(argc, argv, &ai, "--target",
		    &val)) != 0) {
			if (r == -1)
				goto missing;
			target = val;
		} else if ((r = cmd_graph_opt(argc, argv, &ai, "--build-arg",
		    &val)) != 0) {
			if (r == -1)
				goto missing;
			bargs[nb++] = val;
		} else if ((r = cmd_graph_opt(argc, argv, &ai, "--format",
		    &val)) != 0) {
			if (r == -1)
				goto missing;
			format = val;
		} else if (argv[ai][0] == '-' && argv[ai][1] != '\0') {
			free(bargs);
			return cmd_usage_error(&cmd_graph_entry,
			    "unknown option '%s'", argv[ai]);
		} else if (path == NULL)
			path = argv[ai];
		else
			goto extra;
	}
	if (path == NULL) {
		free(bargs);
		return cmd_usage_error(&cmd_graph_entry, "no file given");
	}
	if (graph_format_parse(format, &fmt) == -1) {
		free(bargs);
		return cmd_usage_error(&cmd_graph_entry, "unknown format '%s'",
		    format);
	}
	if (target != NULL && *target == '\0')
		target = NULL;

	if (strcmp(path, "-") == 0)
		r = source_load_fd(&src, 0, "-");
	else
		r = source_load(&src, path);
	if (r == -1) {
		free(bargs);
		return DFOPT_EXIT_SYSTEM;
	}
	diags_init(&d);
	f = parser_parse(src, &d, 0);
	memset(&opts, 0, sizeof(opts));
	opts.target = target;
	opts.build_args = bargs;
	ret = graph_build(&g, f, &opts, &d);
	diags_sort(&d);

	status = DFOPT_EXIT_OK;
	if (ret == -1) {
		for (i = 0; i < d.n; i++)
			if (strcmp(d.v[i].rule, "DF4009") == 0)
				break;
		fprintf(stderr, "%s graph: %s", DFOPT_NAME, i < d.n ?
		    d.v[i].message : "unknown target");
		if (i < d.n && d.v[i].help != NULL)
			fprintf(stderr, "; %s", d.v[i].help);
		fputc('\n', stderr);
		status = DFOPT_EXIT_USAGE;
	} else {
		for (i = 0; i < d.n; i++)
			cmd_graph_print(&d.v[i]);
		if (graph_dump(stdout, g, fmt) == -1) {
			error("cannot write the graph: %s", strerror(errno));
			status = DFOPT_EXIT_SYSTEM;
		} else if (diags_worst(&d) >= SEV_ERROR)
			status = DFOPT_EXIT_FINDINGS;
	}
	graph_free(g);
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
	free(bargs);
	return status;

missing:
	free(bargs);
	return cmd_usage_error(&cmd_graph_entry, "option '%s' needs a value",
	    argv[ai]);
extra:
	free(bargs);
	return cmd_usage_error(&cmd_graph_entry, "more than one file given");
}
