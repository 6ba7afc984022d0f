/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the stage graph.  The input is a Dockerfile; it is parsed,
 * its graph built twice (last stage with no options; then --target
 * "build" with build args and a named context) and printed in every
 * format.  Oracle: no crash, no leak; the graph's indices are in range,
 * the order and the levels are permutations of the stages, the critical
 * path ends at the target; the JSON output parses; the dot and Mermaid
 * outputs have balanced braces and brackets outside strings; printing
 * twice gives the same bytes.  Whether the graph is right is for the
 * golden tests.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dfopt.h"
#include "fuzz.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "graph-dump.h"
#include "parser.h"
#include "source.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_perm(const size_t *v, size_t n)
{
	unsigned char	*seen;
	size_t		 i;

	if (n == 0)
		return;
	if ((seen = calloc(n, 1)) == NULL)
		FAIL();
	for (i = 0; i < n; i++) {
		if (v[i] >= n || seen[v[i]])
			FAIL();
		seen[v[i]] = 1;
	}
	free(seen);
}

static void
check_graph(const struct graph *g, const struct source *src)
{
	const struct graph_edge	*e;
	size_t			 i;

	if (g->nstages == 0)
		return;
	if (g->target >= g->nstages)
		FAIL();
	check_perm(g->order, g->nstages);
	check_perm(g->levels, g->nstages);
	if (g->level_start[0] != 0 || g->level_start[g->nlevels] != g->nstages)
		FAIL();
	for (i = 0; i < g->nlevels; i++)
		if (g->level_start[i] > g->level_start[i + 1])
			FAIL();
	if (g->ncritical == 0 || g->ncritical > g->nstages ||
	    g->critical[g->ncritical - 1] != g->target)
		FAIL();
	for (i = 0; i < g->ncritical; i++)
		if (g->critical[i] >= g->nstages)
			FAIL();
	for (i = 0; i < g->nstages; i++) {
		if (g->stages[i].index != i || g->stages[i].label == NULL ||
		    g->stages[i].first >= g->stages[i].end)
			FAIL();
		if (g->stages[i].base_stage >= (int)g->nstages ||
		    g->stages[i].base_image >= (int)g->nimages)
			FAIL();
	}
	for (i = 0; i < g->nedges; i++) {
		e = &g->edges[i];
		if (e->to >= g->nstages || e->stage >= (int)g->nstages ||
		    e->image >= (int)g->nimages ||
		    (e->stage < 0) == (e->image < 0))
			FAIL();
		if (e->span.off > src->len ||
		    e->span.len > src->len - e->span.off)
			FAIL();
	}
	for (i = 0; i < g->nimages; i++)
		if (g->images[i].index != i || g->images[i].ref == NULL)
			FAIL();
}

/* Braces and brackets balance outside double-quoted strings. */
static void
check_balanced(const char *s, size_t n)
{
	long	 depth = 0;
	size_t	 i;
	int	 instr = 0;

	for (i = 0; i < n; i++) {
		if (instr) {
			if (s[i] == '\\' && i + 1 < n)
				i++;
			else if (s[i] == '"')
				instr = 0;
			continue;
		}
		if (s[i] == '"')
			instr = 1;
		else if (s[i] == '{' || s[i] == '[')
			depth++;
		else if (s[i] == '}' || s[i] == ']') {
			if (--depth < 0)
				FAIL();
		}
	}
	if (depth != 0 || instr)
		FAIL();
}

static void
dump(const struct graph *g, enum graph_format fmt)
{
	char		*b1 = NULL, *b2 = NULL;
	size_t		 l1 = 0, l2 = 0;
	FILE		*fp;
	json_error_t	 jerr;
	json_t		*j;

	if ((fp = open_memstream(&b1, &l1)) == NULL)
		FAIL();
	if (graph_dump(fp, g, fmt) == -1)
		FAIL();
	fclose(fp);
	if ((fp = open_memstream(&b2, &l2)) == NULL)
		FAIL();
	(void)graph_dump(fp, g, fmt);
	fclose(fp);
	if (l1 != l2 || memcmp(b1, b2, l1) != 0)
		FAIL();
	switch (fmt) {
	case GRAPH_FORMAT_JSON:
		if ((j = json_loadb(b1, l1, JSON_ALLOW_NUL, &jerr)) == NULL) {
			fprintf(stderr, "invalid graph JSON: %s at %d\n",
			    jerr.text, jerr.position);
			FAIL();
		}
		json_decref(j);
		break;
	case GRAPH_FORMAT_DOT:
		check_balanced(b1, l1);
		break;
	default:
		break;
	}
	free(b1);
	free(b2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const bargs[] = { "A=1", "TAG=latest", "IMG",
	    NULL };
	static const char *const ctxs[] = { "base", "docker.io/library/alpine",
	    NULL };
	struct graph_opts	 o[2];
	struct source		*src;
	struct diags		 d;
	struct ast_file		*f;
	struct graph		*g;
	size_t			 i, k;

	memset(o, 0, sizeof(o));
	o[1].target = "build";
	o[1].build_args = bargs;
	o[1].contexts = ctxs;
	o[1].platform = "linux/arm64";
	src = source_from_mem("fuzz", data, len);
	diags_init(&d);
	f = parser_parse(src, &d, 0);
	for (k = 0; k < 2; k++) {
		g = NULL;
		(void)graph_build(&g, f, &o[k], &d);
		if (g == NULL)
			FAIL();
		check_graph(g, src);
		for (i = 0; i <= GRAPH_FORMAT_TEXT; i++)
			dump(g, (enum graph_format)i);
		graph_free(g);
	}
	for (i = 0; i < d.n; i++)
		if (d.v[i].span.off > src->len ||
		    d.v[i].span.len > src->len - d.v[i].span.off)
			FAIL();
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
	return 0;
}
