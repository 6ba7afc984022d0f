/* SPDX-License-Identifier: ISC */
/*
 * The stage graph of one Dockerfile: its stages, the external images they
 * start from or copy from, the edges between them, and what a build of
 * the target needs (BuildKit's dockerfile2llb dependency rules).
 *
 *	struct graph *g;
 *	struct graph_opts o = { .target = "app", .build_args = args };
 *	if (graph_build(&g, file, &o, &diags) == -1)
 *		... unknown --target: DF4009 is in diags; g is still built ...
 *	for (i = 0; i < g->nstages; i++)
 *		if (!g->stages[i].needed) ... unused for this target ...
 *	graph_free(g);
 *
 * Stage references, as BuildKit resolves them:
 *  - FROM NAME: after expansion with the global scope, an exact match of
 *    the lower-cased name of an EARLIER stage (the latest such); anything
 *    else is an image (a later stage's name too: DF4010).
 *  - COPY --from=X: a stage index (decimal, any stage) or a stage name
 *    (case-insensitive, any stage, the last of duplicates); else an image.
 *    X is never expanded (DF4011).  A stage defined later is an error
 *    (DF4002), and so is the stage itself (DF4003).
 *  - RUN --mount=...,from=X: a stage name as for COPY but no index; else
 *    an image.  A cache mount without from= uses an empty directory and a
 *    tmpfs mount nothing: neither is an edge.
 *  - When a stage is the base of another, its ONBUILD COPY --from and RUN
 *    --mount triggers run in that other stage: they are edges of the
 *    child (onbuild set), resolved as above.
 *  - "scratch" is the empty image; an image is noted as a named context
 *    when graph_opts.contexts lists it.  COPY/ADD without --from and bind
 *    mounts without from= read the build context (stage->context).
 *
 * The target is the last stage, or --target (case-insensitive).  A stage
 * is needed when the target depends on it through any path of edges; it is
 * runtime when its filesystem ends up in the target image (the target and
 * its FROM ancestors).  The order and the levels cover every stage (a
 * build takes the needed ones); the critical path is the chain of
 * stages ending at the target with the most instructions.  Cycles are
 * reported (DF4004) and broken at the lowest-numbered stage so that every
 * stage still gets a place.
 *
 * Findings graph_build() reports (ids DF4001-DF4049 belong to this file;
 * DF4050 and up are free for graph-scope rules in src/rules/):
 *
 * id     name                    level   summary
 * DF4001 unknown-stage-reference error   --from=N: no stage has index N
 * DF4002 forward-stage-reference error   --from or from= names a later stage
 * DF4003 self-reference          error   a stage copies or mounts from itself
 * DF4004 stage-cycle             error   stages depend on each other in a cycle
 * DF4005 duplicate-stage-name    warning two stages have the same name
 * DF4006 reserved-stage-name     warning a stage is named scratch or context
 * DF4007 empty-base-image        error   FROM expands to an empty image name
 * DF4008 invalid-reference       error   an image name is not a valid reference
 * DF4009 unknown-target          error   --target names no stage
 * DF4010 from-later-stage        warning FROM names a stage defined only later
 * DF4011 from-variable           error   COPY --from uses a variable
 * DF4012 stage-name-typo         warning --from image looks like a stage name
 * DF4013 empty-platform          error   FROM --platform expands to nothing
 * DF4014 from-expansion-error    error   a variable in FROM cannot be expanded
 * DF4015 no-stages               error   instructions but no FROM
 * DF4016 graph-too-large         error   more edges than dfopt keeps
 *
 * Invalid stage names and variables in RUN --mount from= are the
 * parser's (DF1014, DF1009 in parser.h).
 *
 * The same table is graph_findings[] for the rule engine.  Everything a
 * graph points to is borrowed from it (its arena) or from the file, and is
 * valid until graph_free().
 */
#ifndef GRAPH_H
#define GRAPH_H

#include <stddef.h>

#include "dfopt.h"

struct arena;
struct ast_file;
struct ast_instr;
struct diags;
struct scope;

struct graph_finding {
	const char	*id;		/* "DF4001" */
	const char	*name;		/* "unknown-stage-reference" */
	enum severity	 level;
	const char	*summary;
};

extern const struct graph_finding graph_findings[];
extern const size_t graph_nfindings;

struct graph_opts {
	const char	*target;	/* stage name; NULL: the last */
	const char *const *build_args;	/* "K=V", NULL-terminated, or NULL */
	const char	*platform;	/* NULL: native */
	const char *const *contexts;	/* named contexts ("name"), NULL-
					   terminated, or NULL */
};

enum graph_edge_kind {
	GRAPH_EDGE_FROM = 0,		/* FROM <stage or image> */
	GRAPH_EDGE_COPY,		/* COPY --from= */
	GRAPH_EDGE_MOUNT		/* RUN --mount=from= */
};

enum graph_image_kind {
	GRAPH_IMAGE = 0,		/* pulled from a registry */
	GRAPH_SCRATCH,			/* the empty image */
	GRAPH_CONTEXT			/* a named context (graph_opts) */
};

struct stage {
	size_t			 index;
	const char		*name;	/* lower-cased, NULL if unnamed */
	const struct ast_instr	*from;
	size_t			 first;	/* instrs[first..end); [first] is */
	size_t			 end;	/* the FROM */
	int			 base_stage;	/* stage FROM refers to, or
						   -1 */
	int			 base_image;	/* images[] index, or -1 */
	const char		*base;	/* expanded; normalised for images */
	const char		*platform;	/* expanded --platform, or
						   NULL */
	int			 needed;	/* built for the target */
	int			 runtime;	/* in the target image */
	int			 context;	/* reads the build context */
	int			 cyclic;	/* on a dependency cycle */
	size_t			 level;	/* 0: depends on no stage */
	size_t			 cost;	/* instructions, FROM included */
	const char		*label;	/* name, or "stage-N" ("N" for
					   an unnamed stage in messages) */
};

struct graph_image {
	size_t			 index;
	enum graph_image_kind	 kind;
	const char		*ref;	/* normalised ("docker.io/library/
					   alpine:3"), "scratch", or the
					   context name */
	const char		*familiar;	/* short form, for labels */
	const char		*domain;	/* NULL unless GRAPH_IMAGE */
	const char		*repository;
	const char		*tag;		/* NULL when none written */
	const char		*digest;	/* NULL when none */
	int			 needed;	/* used by a needed stage */
};

struct graph_edge {
	enum graph_edge_kind	 kind;
	size_t			 to;	/* the stage that uses the source */
	int			 stage;	/* source stage, or -1 */
	int			 image;	/* source image, or -1 */
	const struct ast_instr	*instr;	/* FROM, COPY or RUN (for an ONBUILD
					   trigger: the trigger) */
	const struct ast_instr	*onbuild;	/* ONBUILD holding instr, in
						   the base stage; or NULL */
	struct span		 span;	/* the reference as written */
	const char		*ref;	/* the reference (expanded for FROM) */
	int			 forward;	/* source stage defined later */
	int			 cyclic;	/* part of a cycle */
};

struct graph {
	const struct ast_file	*file;
	struct arena		*arena;
	struct scope		*scope;		/* ARG/ENV of every instr */
	struct stage		*stages;
	size_t			 nstages;
	struct graph_image	*images;
	size_t			 nimages;
	struct graph_edge	*edges;		/* by stage: FROM, inherited
						   ONBUILD triggers, then the
						   stage's instructions */
	size_t			 nedges;
	size_t			*in_start;	/* edges into stage s:    */
	size_t			*in_edges;	/* edges[in_edges[in_start[s]
						   .. in_start[s + 1])] */
	size_t			*out_start;	/* edges from stage s: */
	size_t			*out_edges;	/* likewise, out_* */
	size_t			 target;	/* valid when nstages > 0 */
	int			 cyclic;	/* some stages form a cycle */
	size_t			*order;		/* every stage, dependencies
						   first (ties: file order) */
	size_t			*levels;	/* every stage by level: */
	size_t			*level_start;	/* level L is levels[
						   level_start[L] ..
						   level_start[L + 1]) */
	size_t			 nlevels;
	size_t			*critical;	/* heaviest chain ending at the
						   target, first stage first */
	size_t			 ncritical;
	size_t			 critical_cost;	/* sum of its stage costs */
};

int		 graph_build(struct graph **, const struct ast_file *,
		    const struct graph_opts *, struct diags *);
void		 graph_free(struct graph *);
const struct stage *graph_stage_of(const struct graph *,
		    const struct ast_instr *);
int		 graph_find_stage(const struct graph *, const char *);
const char	*graph_edge_kind_name(enum graph_edge_kind);
const char	*graph_image_kind_name(enum graph_image_kind);

#endif
