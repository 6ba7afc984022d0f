/* SPDX-License-Identifier: ISC */
/*
 * Stage-graph rules of dfopt's own (DF4050 and up): stages no build can
 * ever reach and whole filesystems copied between stages.  The graph
 * errors (unknown, later or own stage in --from, cycles, duplicate and
 * reserved names) are reported by graph.c itself as DF4001-DF4049.
 */
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/rule-util.h"

/*
 * DF4050 unused-stage: a stage that no build can reach.  Every named
 * stage can be built with --target and the last stage is the default
 * target; a stage none of these depends on (by FROM, COPY --from or a
 * RUN mount) is dead weight -- in practice an unnamed stage whose
 * COPY --from was forgotten or renumbered.
 */
static void
unused_stage_check(struct rule_ctx *ctx)
{
	const struct graph	*g = ctx->graph;
	const struct graph_edge	*e;
	const struct stage	*st;
	char			*live;
	size_t			 i;
	int			 changed;
	struct diag		*dg;

	if (g->nstages < 2)
		return;
	live = xcalloc(g->nstages, 1);
	for (i = 0; i < g->nstages; i++)
		if (g->stages[i].name != NULL || i == g->nstages - 1 ||
		    i == g->target)
			live[i] = 1;
	do {
		changed = 0;
		for (i = 0; i < g->nedges; i++) {
			e = &g->edges[i];
			if (e->stage < 0 || !live[e->to] || live[e->stage])
				continue;
			live[e->stage] = 1;
			changed = 1;
		}
	} while (changed);
	for (i = 0; i < g->nstages; i++) {
		if (live[i])
			continue;
		st = &g->stages[i];
		dg = rule_report(ctx, st->from->keyword, "stage %zu is never "
		    "built: no later stage uses it and it has no name to "
		    "target", i);
		if (dg != NULL)
			diag_set_help(dg, "remove it, COPY --from=%zu what you "
			    "need from it, or name it (FROM ... AS name)", i);
	}
	free(live);
}

const struct rule_entry rule_unused_stage_entry = {
	.id = "DF4050",
	.name = "unused-stage",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_GRAPH,
	.summary = "stage that no build uses",
	.aliases = NULL,
	.check = unused_stage_check,
	.fix = FIX_NONE
};

/* 1 if path names the root directory: "/", "/.", ".", "./". */
static int
stages_is_root(const char *s)
{
	size_t		 n;
	const char	*p = rule_util_drop_quotes(s, &n);

	return (n == 1 && (*p == '/' || *p == '.')) ||
	    (n == 2 && (strncmp(p, "/.", 2) == 0 || strncmp(p, "./", 2) == 0));
}

/*
 * DF4051 copy-whole-filesystem: COPY --from=x / / copies everything the
 * other stage or image holds -- compilers, package caches, sources --
 * instead of the artifacts.  (Sources of COPY --from are relative to the
 * other root, so "." is "/" too.)
 */
static void
copy_whole_fs_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_flag	*fl;
	const char		*d;
	size_t			 i, n;
	struct diag		*dg;

	if (in->kind != AST_COPY || in->nwords < 2 ||
	    (fl = ast_flag_get(in, "from")) == NULL || fl->value == NULL)
		return;
	d = rule_util_drop_quotes(in->words[in->nwords - 1].value, &n);
	if (!((n == 1 && *d == '/') || (n == 2 && strncmp(d, "/.", 2) == 0)))
		return;
	for (i = 0; i + 1 < in->nwords; i++) {
		if (!stages_is_root(in->words[i].value))
			continue;
		dg = rule_report(ctx, in->words[i].span, "COPY --from=%s "
		    "copies the whole filesystem of '%s'", fl->value,
		    fl->value);
		if (dg != NULL)
			diag_set_help(dg, "copy only the files the image needs "
			    "(the built binary, its assets)");
		return;
	}
}

static const char *const copy_whole_fs_aliases[] = { "DL3067", NULL };

const struct rule_entry rule_copy_whole_filesystem_entry = {
	.id = "DF4051",
	.name = "copy-whole-filesystem",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "COPY --from of a whole filesystem",
	.aliases = copy_whole_fs_aliases,
	.check = copy_whole_fs_check,
	.fix = FIX_NONE
};
