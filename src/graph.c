/* SPDX-License-Identifier: ISC */
/*
 * The stage graph: stages from scope.c's walk of the FROM lines, edges
 * from FROM, COPY --from, RUN --mount from= and inherited ONBUILD
 * triggers, external images, and the target's needs, order, levels and
 * critical path.  Findings about references go to the diags list (the
 * DF4xxx table in graph.h).  Printing the graph is graph-dump.c.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "expand.h"
#include "graph.h"
#include "imageref.h"
#include "scope.h"
#include "xmalloc.h"

const struct graph_finding graph_findings[] = {
	{ "DF4001", "unknown-stage-reference", SEV_ERROR,
	    "--from=N: no stage has index N" },
	{ "DF4002", "forward-stage-reference", SEV_ERROR,
	    "--from or from= names a later stage" },
	{ "DF4003", "self-reference", SEV_ERROR,
	    "a stage copies or mounts from itself" },
	{ "DF4004", "stage-cycle", SEV_ERROR,
	    "stages depend on each other in a cycle" },
	{ "DF4005", "duplicate-stage-name", SEV_WARNING,
	    "two stages have the same name" },
	{ "DF4006", "reserved-stage-name", SEV_WARNING,
	    "a stage is named scratch or context" },
	{ "DF4007", "empty-base-image", SEV_ERROR,
	    "FROM expands to an empty image name" },
	{ "DF4008", "invalid-reference", SEV_ERROR,
	    "an image name is not a valid reference" },
	{ "DF4009", "unknown-target", SEV_ERROR,
	    "--target names no stage" },
	{ "DF4010", "from-later-stage", SEV_WARNING,
	    "FROM names a stage defined only later" },
	{ "DF4011", "from-variable", SEV_ERROR,
	    "COPY --from uses a variable" },
	{ "DF4012", "stage-name-typo", SEV_WARNING,
	    "--from image looks like a stage name" },
	{ "DF4013", "empty-platform", SEV_ERROR,
	    "FROM --platform expands to nothing" },
	{ "DF4014", "from-expansion-error", SEV_ERROR,
	    "a variable in FROM cannot be expanded" },
	{ "DF4015", "no-stages", SEV_ERROR,
	    "instructions but no FROM" },
	{ "DF4016", "graph-too-large", SEV_ERROR,
	    "more edges than dfopt keeps" },
};
const size_t graph_nfindings = sizeof(graph_findings) /
    sizeof(graph_findings[0]);

/* Above this many stages, --from typos are not looked for (DF4012). */
#define GRAPH_SUGGEST_MAX	512

/*
 * At most this many edges (DF4016 beyond): ONBUILD triggers inherited by
 * many stages multiply, and a graph is for people to read.
 */
#define GRAPH_MAX_EDGES		50000

/* Work state of one graph_build(). */
struct graph_ctx {
	struct graph		*g;
	const struct ast_file	*f;
	const struct graph_opts	*opts;
	struct diags		*d;
	size_t			 edgecap;
	size_t			 imagecap;
	int			 dedupe;	/* inside ONBUILD triggers */
	size_t			*ihash;		/* images by ref: index + 1 */
	size_t			 ihcap;		/* power of two */
	int			 full;		/* GRAPH_MAX_EDGES reached */
};

static struct diag *graph_report(struct graph_ctx *, const char *,
		    struct span, const char *, ...)
		    __attribute__((format(printf, 4, 5)));
static void	graph_help(struct diag *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
static size_t	graph_distance(const char *, const char *);
static const char *graph_suggest(const struct graph *, const char *, int);
static int	graph_image_add(struct graph_ctx *, const char *,
		    struct span);
static struct graph_edge *graph_edge_add(struct graph_ctx *,
		    enum graph_edge_kind, size_t, const struct ast_instr *,
		    const struct ast_instr *, struct span, const char *);
static void	graph_stages(struct graph_ctx *);
static void	graph_ref(struct graph_ctx *, enum graph_edge_kind, size_t,
		    const struct ast_instr *, const struct ast_instr *,
		    const char *, struct span);
static void	graph_base(struct graph_ctx *, size_t);
static void	graph_instr_edges(struct graph_ctx *, size_t);
static void	graph_index(struct graph *);
static void	graph_cycles(struct graph_ctx *);
static void	graph_needs(struct graph *);
static void	graph_order(struct graph *);

/*
 * Report finding id at span; inside ONBUILD triggers only once, as a
 * trigger inherited by two stages would otherwise say it twice.  Returns the finding,
 * or NULL when it was already there.
 */
static struct diag *
graph_report(struct graph_ctx *c, const char *id, struct span span,
    const char *fmt, ...)
{
	struct diag	*dg;
	va_list		 ap;
	char		*msg;
	size_t		 i;

	for (i = 0; i < graph_nfindings; i++)
		if (strcmp(graph_findings[i].id, id) == 0)
			break;
	if (i == graph_nfindings)
		BUG("graph_report: unknown id %s", id);
	va_start(ap, fmt);
	xvasprintf(&msg, fmt, ap);
	va_end(ap);
	for (i = 0; c->dedupe && i < c->d->n; i++) {
		dg = &c->d->v[i];
		if (dg->src == c->f->src && strcmp(dg->rule, id) == 0 &&
		    dg->span.off == span.off && dg->span.len == span.len &&
		    strcmp(dg->message, msg) == 0) {
			free(msg);
			return NULL;
		}
	}
	for (i = 0; strcmp(graph_findings[i].id, id) != 0; i++)
		;
	dg = diag_add(c->d, c->f->src, graph_findings[i].id,
	    graph_findings[i].level, span, "%s", msg);
	free(msg);
	return dg;
}

/* diag_set_help() on a finding graph_report() may have dropped. */
static void
graph_help(struct diag *dg, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	if (dg == NULL)
		return;
	va_start(ap, fmt);
	xvasprintf(&msg, fmt, ap);
	va_end(ap);
	diag_set_help(dg, "%s", msg);
	free(msg);
}

/* Case-insensitive Levenshtein distance. */
static size_t
graph_distance(const char *a, const char *b)
{
	size_t	la, lb, i, j, *row, prev, tmp, best;

	la = strlen(a);
	lb = strlen(b);
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			best = prev + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

/*
 * The stage name closest to s, or NULL when none is close enough (at most
 * a third of the length, at least one edit).  strict: at most 2 edits,
 * never for names of fewer than 4 characters nor in huge files.
 */
static const char *
graph_suggest(const struct graph *g, const char *s, int strict)
{
	const char	*best;
	size_t		 i, d, bestd, max, len;

	len = strlen(s);
	max = len / 3 > 1 ? len / 3 : 1;
	if (strict) {
		/* a hint, not worth quadratic time on huge files */
		if (len < 4 || g->nstages > GRAPH_SUGGEST_MAX)
			return NULL;
		if (max > 2)
			max = 2;
	}
	best = NULL;
	bestd = (size_t)-1;
	for (i = 0; i < g->nstages; i++) {
		if (g->stages[i].name == NULL)
			continue;
		d = graph_distance(s, g->stages[i].name);
		if (d < bestd && d <= max) {
			best = g->stages[i].name;
			bestd = d;
		}
	}
	return best;
}

/* The last stage named name (case-insensitive), or -1. */
int
graph_find_stage(const struct graph *g, const char *name)
{
	char	*low;
	size_t	 i;
	int	 r;

	low = xstrdup(name);
	for (i = 0; low[i] != '\0'; i++)
		low[i] = tolower((unsigned char)low[i]);
	r = scope_stage_index(g->scope, low);
	free(low);
	return r;
}

/* "FROM", "COPY --from", "mount": how outputs label an edge. */
const char *
graph_edge_kind_name(enum graph_edge_kind k)
{
	switch (k) {
	case GRAPH_EDGE_FROM:
		return "FROM";
	case GRAPH_EDGE_COPY:
		return "COPY --from";
	case GRAPH_EDGE_MOUNT:
		return "mount";
	}
	BUG("graph_edge_kind_name: %d", (int)k);
}

/* "image", "scratch" or "context". */
const char *
graph_image_kind_name(enum graph_image_kind k)
{
	switch (k) {
	case GRAPH_IMAGE:
		return "image";
	case GRAPH_SCRATCH:
		return "scratch";
	case GRAPH_CONTEXT:
		return "context";
	}
	BUG("graph_image_kind_name: %d", (int)k);
}

static size_t
graph_hash(const char *s)
{
	size_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The image of kind and ref, or -1 with *slot the free hash slot for it. */
static int
graph_image_find(struct graph_ctx *c, enum graph_image_kind kind,
    const char *ref, size_t *slot)
{
	const struct graph_image	*im;
	size_t				 i, mask;

	if (c->ihcap == 0) {
		c->ihcap = 64;
		c->ihash = xcalloc(c->ihcap, sizeof(*c->ihash));
	}
	mask = c->ihcap - 1;
	for (i = graph_hash(ref) & mask; c->ihash[i] != 0; i = (i + 1) & mask) {
		im = &c->g->images[c->ihash[i] - 1];
		if (im->kind == kind && strcmp(im->ref, ref) == 0)
			return (int)im->index;
	}
	*slot = i;
	return -1;
}

/* Double the image hash. */
static void
graph_image_rehash(struct graph_ctx *c)
{
	size_t	i, j, mask;

	free(c->ihash);
	c->ihcap *= 2;
	c->ihash = xcalloc(c->ihcap, sizeof(*c->ihash));
	mask = c->ihcap - 1;
	for (i = 0; i < c->g->nimages; i++) {
		for (j = graph_hash(c->g->images[i].ref) & mask;
		    c->ihash[j] != 0; j = (j + 1) & mask)
			;
		c->ihash[j] = i + 1;
	}
}

/*
 * The image node for reference s (written at span), added once per
 * normalised name.  Returns its index, or -1 (DF4008 reported) when s is
 * not a valid reference.
 */
static int
graph_image_add(struct graph_ctx *c, const char *s, struct span span)
{
	struct graph		*g = c->g;
	struct graph_image	*im;
	struct imageref		 r;
	enum graph_image_kind	 kind;
	const char		*why, *ref;
	size_t			 i, slot = 0;
	int			 found;

	memset(&r, 0, sizeof(r));
	kind = GRAPH_IMAGE;
	ref = s;
	if (strcmp(s, "scratch") == 0)
		kind = GRAPH_SCRATCH;
	else if (imageref_parse(&r, g->arena, s, &why) == -1) {
		graph_report(c, "DF4008", span, "invalid image reference "
		    "'%s': %s", s, why);
		return -1;
	} else
		ref = r.name;
	if (kind == GRAPH_IMAGE && c->opts != NULL &&
	    c->opts->contexts != NULL)
		for (i = 0; c->opts->contexts[i] != NULL; i++)
			if (strcmp(c->opts->contexts[i], s) == 0 ||
			    strcmp(c->opts->contexts[i], r.name) == 0 ||
			    strcmp(c->opts->contexts[i], r.familiar) == 0) {
				kind = GRAPH_CONTEXT;
				ref = c->opts->contexts[i];
			}
	if ((found = graph_image_find(c, kind, ref, &slot)) >= 0)
		return found;
	if (g->nimages == c->imagecap) {
		c->imagecap = c->imagecap ? c->imagecap * 2 : 8;
		g->images = xreallocarray(g->images, c->imagecap,
		    sizeof(*g->images));
	}
	im = &g->images[g->nimages];
	memset(im, 0, sizeof(*im));
	im->index = g->nimages++;
	im->kind = kind;
	im->ref = arena_strdup(g->arena, ref);
	im->familiar = kind == GRAPH_IMAGE ? r.familiar : im->ref;
	if (kind == GRAPH_IMAGE) {
		im->domain = r.domain;
		im->repository = r.path;
		im->tag = r.tag;
		im->digest = r.digest;
	}
	c->ihash[slot] = im->index + 1;
	if (2 * g->nimages > c->ihcap)
		graph_image_rehash(c);
	return (int)im->index;
}

static struct graph_edge *
graph_edge_add(struct graph_ctx *c, enum graph_edge_kind kind, size_t to,
    const struct ast_instr *in, const struct ast_instr *onbuild,
    struct span span, const char *ref)
{
	struct graph		*g = c->g;
	struct graph_edge	*e;

	if (g->nedges >= GRAPH_MAX_EDGES) {
		if (!c->full)
			graph_report(c, "DF4016", span, "more than %d stage "
			    "graph edges; the rest are left out",
			    GRAPH_MAX_EDGES);
		c->full = 1;
		return NULL;
	}
	if (g->nedges == c->edgecap) {
		c->edgecap = c->edgecap ? c->edgecap * 2 : 16;
		g->edges = xreallocarray(g->edges, c->edgecap,
		    sizeof(*g->edges));
	}
	e = &g->edges[g->nedges++];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->to = to;
	e->stage = -1;
	e->image = -1;
	e->instr = in;
	e->onbuild = onbuild;
	e->span = span;
	e->ref = arena_strdup(g->arena, ref);
	return e;
}

/* Map an error span inside a slot's text to source bytes when we can. */
static struct span
graph_slot_span(const struct scope_slot *sl, struct span err)
{
	struct span	s;

	if (sl->span.len != sl->len || err.off + err.len > sl->len)
		return sl->span;
	s.off = sl->span.off + err.off;
	s.len = err.len;
	return s;
}

/* Stages, their names, bases and FROM edges. */
static void
graph_stages(struct graph_ctx *c)
{
	struct graph		*g = c->g;
	const struct scope	*sc = g->scope;
	const struct scope_stage *ss;
	struct stage		*st;
	const struct ast_word	*w;
	struct diag		*dg;
	size_t			 i;

	g->nstages = sc->nstages;
	g->stages = xcalloc(g->nstages + 1, sizeof(*g->stages));
	for (i = 0; i < g->nstages; i++) {
		ss = &sc->stages[i];
		st = &g->stages[i];
		st->index = i;
		st->from = &c->f->instrs[ss->first];
		st->first = ss->first;
		st->end = ss->end;
		st->name = ss->name;
		st->base = ss->base;
		st->platform = ss->platform;
		st->base_stage = ss->base_stage;
		st->base_image = -1;
		st->cost = ss->end - ss->first;
		st->label = st->name != NULL ? st->name :
		    arena_printf(g->arena, "stage-%zu", i);
	}
	for (i = 0; i < g->nstages; i++) {
		st = &g->stages[i];
		if ((w = ast_from_name(st->from)) != NULL && st->name != NULL) {
			if (strcmp(st->name, "scratch") == 0 ||
			    strcmp(st->name, "context") == 0)
				graph_report(c, "DF4006", w->span, "stage name "
				    "'%s' is reserved", st->name);
			if (sc->stages[i].prev >= 0) {
				dg = graph_report(c, "DF4005", w->span,
				    "duplicate stage name '%s'", st->name);
				graph_help(dg, "stage %d has the same name; "
				    "--from and --target use the last one",
				    sc->stages[i].prev);
			}
		}

		graph_base(c, i);
		graph_instr_edges(c, i);
	}
}

/* The base of stage i: FROM findings and the FROM edge. */
static void
graph_base(struct graph_ctx *c, size_t i)
{
	struct graph		*g = c->g;
	const struct scope	*sc = g->scope;
	struct stage		*st = &g->stages[i];
	const struct ast_word	*w;
	struct scope_slot	*slots;
	struct expand_result	 r;
	struct graph_edge	*e;
	struct span		 wspan;
	struct diag		*dg;
	size_t			 j, n;
	int			 failed, im;

	/* Expansion errors in the FROM line. */
	failed = 0;
	n = scope_slots(sc, st->from, &slots);
	for (j = 0; j < n; j++) {
		if (scope_expand(sc, st->from, &slots[j], &r) == -1) {
			graph_report(c, "DF4014", graph_slot_span(&slots[j],
			    r.err.span), "%s", r.err.message);
			failed = 1;
		}
		expand_result_release(&r);
	}
	free(slots);
	if ((w = ast_from_image(st->from)) == NULL)
		return;		/* the parser reported it */
	wspan = w->span;
	if (st->platform != NULL && *st->platform == '\0' && !failed)
		graph_report(c, "DF4013", ast_flag_get(st->from,
		    "platform")->value_span, "empty platform value from "
		    "expression '%s'", ast_flag_get(st->from,
		    "platform")->value);
	if (*st->base == '\0') {
		if (!failed)
			graph_report(c, "DF4007", wspan, "base image '%s' "
			    "expands to an empty name", w->raw != NULL ?
			    w->raw : w->value);
		return;
	}
	if (st->base_stage >= 0) {
		if ((e = graph_edge_add(c, GRAPH_EDGE_FROM, i, st->from, NULL,
		    wspan, st->base)) != NULL)
			e->stage = st->base_stage;
		return;
	}
	if (scope_stage_index(sc, st->base) > (int)i) {
		dg = graph_report(c, "DF4010", wspan, "'%s' names a later "
		    "stage; FROM only sees earlier stages, so it is pulled as "
		    "an image", st->base);
		graph_help(dg, "move stage '%s' above this one", st->base);
	}
	if ((im = graph_image_add(c, st->base, wspan)) < 0)
		return;
	st->base_image = im;
	st->base = g->images[im].ref;
	if ((e = graph_edge_add(c, GRAPH_EDGE_FROM, i, st->from, NULL, wspan,
	    st->base)) != NULL)
		e->image = im;
}

/* Whether s is an integer as Go's strconv.Atoi reads it; sets *v. */
static int
graph_atoi(const char *s, long long *v)
{
	const char	*p;
	int		 neg;

	p = s;
	neg = 0;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (*p == '\0')
		return 0;
	*v = 0;
	for (; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p))
			return 0;
		if (*v > (long long)1 << 40)
			return 1;	/* out of range anyway */
		*v = *v * 10 + (*p - '0');
	}
	if (neg)
		*v = -*v;
	return 1;
}

/*
 * One --from=ref or from=ref of stage to, written at span in instruction
 * in (onbuild: the ONBUILD that holds in, in to's base stage).
 */
static void
graph_ref(struct graph_ctx *c, enum graph_edge_kind kind, size_t to,
    const struct ast_instr *in, const struct ast_instr *onbuild,
    const char *ref, struct span span)
{
	struct graph		*g = c->g;
	struct graph_edge	*e;
	struct expand_result	 r;
	struct diag		*dg;
	const char		*best;
	long long		 idx;
	int			 src, im, changed;

	if (c->full)
		return;
	/* A variable in from= is the parser's DF1009: no edge. */
	if (kind == GRAPH_EDGE_MOUNT && strchr(ref, '$') != NULL &&
	    strchr(ref, '$')[1] != '\0')
		return;
	if (kind == GRAPH_EDGE_COPY) {
		/* BuildKit expands --from with no variables: any change is
		 * a variable (or quotes), which it refuses. */
		changed = expand_word(&r, ref, strlen(ref), c->f->escape, 0,
		    NULL) == -1 || strcmp(r.value, ref) != 0;
		expand_result_release(&r);
		if (changed) {
			dg = graph_report(c, "DF4011", span, "variable "
			    "expansion is not supported for --from=%s", ref);
			graph_help(dg, "define a stage with 'FROM $VAR AS "
			    "name' using a global ARG and copy from it");
			return;
		}
	}

	src = -1;
	if (kind == GRAPH_EDGE_COPY && graph_atoi(ref, &idx)) {
		if (idx < 0 || idx >= (long long)g->nstages) {
			dg = graph_report(c, "DF4001", span, "invalid stage "
			    "index %s", ref);
			graph_help(dg, "stage indexes run from 0 to %zu",
			    g->nstages - 1);
			return;
		}
		src = (int)idx;
	} else
		src = graph_find_stage(g, ref);

	if (src >= 0) {
		if ((size_t)src == to) {
			graph_report(c, "DF4003", span, "stage '%s' %s "
			    "itself", g->stages[to].label,
			    kind == GRAPH_EDGE_COPY ? "copies from" :
			    "mounts");
		}
		if ((e = graph_edge_add(c, kind, to, in, onbuild, span,
		    ref)) == NULL)
			return;
		e->stage = src;
		e->forward = (size_t)src > to;
		e->cyclic = (size_t)src == to;
		return;
	}
	if (strpbrk(ref, "/:@.") == NULL &&
	    (best = graph_suggest(g, ref, 1)) != NULL) {
		dg = graph_report(c, "DF4012", span, "'%s' is not a stage, so "
		    "it is pulled as an image", ref);
		graph_help(dg, "did you mean stage '%s'?", best);
	}
	im = graph_image_add(c, ref, span);
	if (im < 0)
		return;
	if ((e = graph_edge_add(c, kind, to, in, onbuild, span, ref)) != NULL)
		e->image = im;
}

/* The value of mount option key of flag fl, or NULL. */
static const struct ast_mount_opt *
graph_mount_opt(const struct ast_flag *fl, const char *key)
{
	size_t	i;

	for (i = fl->nopts; i > 0; i--)
		if (strcmp(fl->opts[i - 1].key, key) == 0)
			return &fl->opts[i - 1];
	return NULL;
}

/* Edges of one instruction in of stage to (or its ONBUILD trigger). */
static void
graph_one(struct graph_ctx *c, size_t to, const struct ast_instr *in,
    const struct ast_instr *onbuild)
{
	const struct ast_flag		*fl;
	const struct ast_mount_opt	*from, *type;
	const char			*t, *src;
	size_t				 i, j;
	int				 reads;

	switch (in->kind) {
	case AST_COPY:
	case AST_ADD:
		fl = in->kind == AST_COPY ? ast_flag_get(in, "from") : NULL;
		if (fl != NULL && fl->value != NULL && *fl->value != '\0') {
			graph_ref(c, GRAPH_EDGE_COPY, to, in, onbuild,
			    fl->value, fl->value_span);
			break;
		}
		/* Sources other than heredocs and URLs read the context. */
		reads = 0;
		for (i = 0; i + 1 < in->nwords; i++) {
			src = in->words[i].value != NULL ? in->words[i].value :
			    "";
			for (j = 0; j < in->nheredocs; j++)
				if (in->words[i].span.off >=
				    in->heredocs[j].marker.off &&
				    in->words[i].span.off <
				    SPAN_END(in->heredocs[j].marker))
					break;
			if (j < in->nheredocs || strncmp(src, "<<", 2) == 0)
				continue;
			if (in->kind == AST_ADD && (strncmp(src, "http://", 7)
			    == 0 || strncmp(src, "https://", 8) == 0 ||
			    strncmp(src, "git@", 4) == 0))
				continue;
			reads = 1;
		}
		if (reads)
			c->g->stages[to].context = 1;
		break;
	case AST_RUN:
		for (i = 0; i < in->nflags; i++) {
			fl = &in->flags[i];
			if (strcmp(fl->name, "mount") != 0)
				continue;
			type = graph_mount_opt(fl, "type");
			t = type != NULL && type->value != NULL ? type->value :
			    "bind";
			if (strcasecmp(t, "tmpfs") == 0 ||
			    strcasecmp(t, "secret") == 0 ||
			    strcasecmp(t, "ssh") == 0)
				continue;
			from = graph_mount_opt(fl, "from");
			if (from != NULL && from->value != NULL &&
			    *from->value != '\0')
				graph_ref(c, GRAPH_EDGE_MOUNT, to, in, onbuild,
				    from->value, from->value_span);
			else if (strcasecmp(t, "bind") == 0)
				c->g->stages[to].context = 1;
		}
		break;
	default:
		break;
	}
}

/*
 * Edges of stage to: the ONBUILD triggers of its base stage, then its own
 * instructions.  Called right after its FROM edge.
 */
static void
graph_instr_edges(struct graph_ctx *c, size_t to)
{
	struct graph		*g = c->g;
	const struct stage	*st, *base;
	const struct ast_instr	*in;
	size_t			 i;

	st = &g->stages[to];
	if (st->base_stage >= 0) {
		base = &g->stages[st->base_stage];
		for (i = base->first + 1; i < base->end; i++) {
			in = &c->f->instrs[i];
			if (in->kind == AST_ONBUILD && in->sub != NULL) {
				c->dedupe = 1;
				graph_one(c, to, in->sub, in);
				c->dedupe = 0;
			}
		}
	}
	for (i = st->first + 1; i < st->end; i++)
		graph_one(c, to, &c->f->instrs[i], NULL);
}

/*
 * Index the stage-to-stage edges: edges into stage s are
 * edges[in_edges[in_start[s] .. in_start[s + 1])], edges out of it (s is
 * the source) edges[out_edges[out_start[s] .. out_start[s + 1])], each
 * in edge order.
 */
static void
graph_index(struct graph *g)
{
	size_t	 n, i, *fill;

	n = g->nstages;
	g->in_start = xcalloc(n + 2, sizeof(*g->in_start));
	g->out_start = xcalloc(n + 2, sizeof(*g->out_start));
	g->in_edges = xcalloc(g->nedges + 1, sizeof(*g->in_edges));
	g->out_edges = xcalloc(g->nedges + 1, sizeof(*g->out_edges));
	for (i = 0; i < g->nedges; i++) {
		g->in_start[g->edges[i].to + 2]++;
		if (g->edges[i].stage >= 0)
			g->out_start[g->edges[i].stage + 2]++;
	}
	for (i = 2; i < n + 2; i++) {
		g->in_start[i] += g->in_start[i - 1];
		g->out_start[i] += g->out_start[i - 1];
	}
	/* in_start[s + 1] counts the slots filled so far for stage s */
	for (i = 0; i < g->nedges; i++) {
		fill = &g->in_start[g->edges[i].to + 1];
		g->in_edges[(*fill)++] = i;
		if (g->edges[i].stage >= 0) {
			fill = &g->out_start[g->edges[i].stage + 1];
			g->out_edges[(*fill)++] = i;
		}
	}
}

/*
 * Tarjan's strongly connected components over stage edges (source ->
 * user), iteratively.  Every edge inside a component of two or more
 * stages is part of a cycle: mark it and its stages, and report DF4004 at
 * each.  Then report forward references that are not on a cycle.
 */
static void
graph_cycles(struct graph_ctx *c)
{
	struct graph		*g = c->g;
	struct graph_edge	*e;
	size_t			 n, i, j, k, top, counter, ncomp, sz, depth, v, w;
	size_t			*idx, *low, *stack, *comp, *csize, *work, *ei;
	size_t			*cstart, *members;
	int			*on;
	char			*list, *tmp;
	struct diag		*dg;

	n = g->nstages;
	if (n == 0)
		return;
	idx = xcalloc(n, sizeof(*idx));
	low = xcalloc(n, sizeof(*low));
	stack = xcalloc(n, sizeof(*stack));
	comp = xcalloc(n, sizeof(*comp));
	csize = xcalloc(n, sizeof(*csize));
	work = xcalloc(n, sizeof(*work));	/* DFS path */
	ei = xcalloc(n, sizeof(*ei));		/* next out edge per stage */
	on = xcalloc(n, sizeof(*on));
	for (i = 0; i < n; i++)
		idx[i] = (size_t)-1;
	counter = top = ncomp = 0;

	for (i = 0; i < n; i++) {
		if (idx[i] != (size_t)-1)
			continue;
		depth = 0;
		work[depth++] = i;
		idx[i] = low[i] = counter++;
		stack[top++] = i;
		on[i] = 1;
		ei[i] = g->out_start[i];
		while (depth > 0) {
			v = work[depth - 1];
			if (ei[v] < g->out_start[v + 1]) {
				w = g->edges[g->out_edges[ei[v]++]].to;
				if (w == v)
					continue;
				if (idx[w] == (size_t)-1) {
					idx[w] = low[w] = counter++;
					stack[top++] = w;
					on[w] = 1;
					ei[w] = g->out_start[w];
					work[depth++] = w;
				} else if (on[w] && idx[w] < low[v])
					low[v] = idx[w];
				continue;
			}
			if (low[v] == idx[v]) {
				do {
					w = stack[--top];
					on[w] = 0;
					comp[w] = ncomp;
					csize[ncomp]++;
				} while (w != v);
				ncomp++;
			}
			depth--;
			if (depth > 0 && low[v] < low[work[depth - 1]])
				low[work[depth - 1]] = low[v];
		}
	}

	/* Members of each component, in stage order: a counting sort. */
	cstart = xcalloc(ncomp + 2, sizeof(*cstart));
	members = xcalloc(n, sizeof(*members));
	for (i = 0; i < n; i++)
		cstart[comp[i] + 2]++;
	for (k = 2; k < ncomp + 2; k++)
		cstart[k] += cstart[k - 1];
	for (i = 0; i < n; i++)
		members[cstart[comp[i] + 1]++] = i;

	for (k = 0; k < ncomp; k++) {
		if (csize[k] < 2)
			continue;
		g->cyclic = 1;
		list = NULL;
		/* name at most 8 stages, so a huge cycle stays readable */
		for (sz = 0; sz < csize[k] && sz < 8; sz++) {
			i = members[cstart[k] + sz];
			xasprintf(&tmp, "%s%s'%s'", list != NULL ? list : "",
			    sz == 0 ? "" : sz + 1 == csize[k] ? " and " : ", ",
			    g->stages[i].label);
			free(list);
			list = tmp;
		}
		if (sz < csize[k]) {
			xasprintf(&tmp, "%s and %zu more", list, csize[k] - sz);
			free(list);
			list = tmp;
		}
		for (sz = 0; sz < csize[k]; sz++) {
			i = members[cstart[k] + sz];
			g->stages[i].cyclic = 1;
			for (j = g->in_start[i]; j < g->in_start[i + 1]; j++) {
				e = &g->edges[g->in_edges[j]];
				if (e->stage < 0 || comp[e->stage] != k ||
				    (size_t)e->stage == e->to)
					continue;
				e->cyclic = 1;
				graph_report(c, "DF4004", e->span, "stage '%s' "
				    "uses '%s', which depends on it: stages %s "
				    "form a cycle", g->stages[e->to].label,
				    g->stages[e->stage].label, list);
			}
		}
		free(list);
	}
	free(cstart);
	free(members);
	for (j = 0; j < g->nedges; j++) {
		e = &g->edges[j];
		if (e->stage >= 0 && (size_t)e->stage == e->to)
			g->stages[e->to].cyclic = g->cyclic = 1;
		if (!e->forward || e->cyclic)
			continue;
		dg = graph_report(c, "DF4002", e->span, "stage '%s' is "
		    "defined after stage '%s', which %s it",
		    g->stages[e->stage].label, g->stages[e->to].label,
		    e->kind == GRAPH_EDGE_COPY ? "copies from" : "mounts");
		graph_help(dg, "move stage '%s' above stage '%s'",
		    g->stages[e->stage].label, g->stages[e->to].label);
	}
	free(idx);
	free(low);
	free(stack);
	free(comp);
	free(csize);
	free(work);
	free(ei);
	free(on);
}

/* needed, runtime and image needs, from the target. */
static void
graph_needs(struct graph *g)
{
	const struct graph_edge	*e;
	size_t			*todo, n, j, s;

	if (g->nstages == 0)
		return;
	todo = xcalloc(g->nstages + 1, sizeof(*todo));
	n = 0;
	g->stages[g->target].needed = 1;
	todo[n++] = g->target;
	while (n > 0) {
		s = todo[--n];
		for (j = g->in_start[s]; j < g->in_start[s + 1]; j++) {
			e = &g->edges[g->in_edges[j]];
			if (e->image >= 0)
				g->images[e->image].needed = 1;
			if (e->stage < 0 || g->stages[e->stage].needed)
				continue;
			g->stages[e->stage].needed = 1;
			todo[n++] = (size_t)e->stage;
		}
	}
	free(todo);
	for (s = g->target;;) {
		g->stages[s].runtime = 1;
		if (g->stages[s].base_stage < 0 ||
		    g->stages[g->stages[s].base_stage].runtime)
			break;
		s = (size_t)g->stages[s].base_stage;
	}
}

/* A binary min-heap of stage indexes, for Kahn's algorithm. */
static void
graph_heap_push(size_t *h, size_t *n, size_t v)
{
	size_t	i, p;

	for (i = (*n)++; i > 0 && h[p = (i - 1) / 2] > v; i = p)
		h[i] = h[p];
	h[i] = v;
}

static size_t
graph_heap_pop(size_t *h, size_t *n)
{
	size_t	top, v, i, c;

	top = h[0];
	v = h[--*n];
	for (i = 0; (c = 2 * i + 1) < *n; i = c) {
		if (c + 1 < *n && h[c + 1] < h[c])
			c++;
		if (h[c] >= v)
			break;
		h[i] = h[c];
	}
	h[i] = v;
	return top;
}

/*
 * Topological order (Kahn, lowest index first; a cycle is broken at its
 * lowest-numbered unplaced stage), levels and the critical path to the
 * target, in O((stages + edges) log stages).
 */
static void
graph_order(struct graph *g)
{
	const struct graph_edge	*e;
	size_t			 n, i, j, k, s, t, next, nheap;
	size_t			*pos, *dist, *pred, *count, *indeg, *heap;
	int			*placed;

	n = g->nstages;
	g->order = xcalloc(n + 1, sizeof(*g->order));
	g->levels = xcalloc(n + 1, sizeof(*g->levels));
	g->level_start = xcalloc(n + 2, sizeof(*g->level_start));
	g->critical = xcalloc(n + 1, sizeof(*g->critical));
	if (n == 0)
		return;
	pos = xcalloc(n, sizeof(*pos));
	dist = xcalloc(n, sizeof(*dist));
	pred = xcalloc(n, sizeof(*pred));
	count = xcalloc(n + 1, sizeof(*count));
	indeg = xcalloc(n, sizeof(*indeg));
	heap = xcalloc(n, sizeof(*heap));
	placed = xcalloc(n, sizeof(*placed));

	for (i = 0; i < g->nedges; i++) {
		e = &g->edges[i];
		if (e->stage >= 0 && (size_t)e->stage != e->to)
			indeg[e->to]++;
	}
	nheap = 0;
	for (s = 0; s < n; s++)
		if (indeg[s] == 0)
			graph_heap_push(heap, &nheap, s);
	next = 0;
	for (k = 0; k < n; k++) {
		s = n;
		while (nheap > 0 && placed[s = graph_heap_pop(heap, &nheap)])
			s = n;
		if (s == n) {
			/* only cycles left: break the lowest one */
			while (placed[next])
				next++;
			s = next;
		}
		placed[s] = 1;
		pos[s] = k;
		g->order[k] = s;
		for (j = g->out_start[s]; j < g->out_start[s + 1]; j++) {
			t = g->edges[g->out_edges[j]].to;
			if (t != s && --indeg[t] == 0 && !placed[t])
				graph_heap_push(heap, &nheap, t);
		}
	}

	/* Levels and chain weights, over edges that go forward in order. */
	for (k = 0; k < n; k++) {
		s = g->order[k];
		g->stages[s].level = 0;
		dist[s] = g->stages[s].cost;
		pred[s] = (size_t)-1;
		for (j = g->in_start[s]; j < g->in_start[s + 1]; j++) {
			e = &g->edges[g->in_edges[j]];
			if (e->stage < 0 || pos[e->stage] >= pos[s])
				continue;
			if (g->stages[e->stage].level + 1 > g->stages[s].level)
				g->stages[s].level =
				    g->stages[e->stage].level + 1;
			if (dist[e->stage] + g->stages[s].cost > dist[s] ||
			    (dist[e->stage] + g->stages[s].cost == dist[s] &&
			    pred[s] != (size_t)-1 &&
			    (size_t)e->stage < pred[s])) {
				dist[s] = dist[e->stage] + g->stages[s].cost;
				pred[s] = (size_t)e->stage;
			}
		}
	}
	for (s = 0; s < n; s++) {
		count[g->stages[s].level]++;
		if (g->stages[s].level + 1 > g->nlevels)
			g->nlevels = g->stages[s].level + 1;
	}
	for (i = 0; i < g->nlevels; i++)
		g->level_start[i + 1] = g->level_start[i] + count[i];
	memset(count, 0, (n + 1) * sizeof(*count));
	for (s = 0; s < n; s++) {
		i = g->stages[s].level;
		g->levels[g->level_start[i] + count[i]++] = s;
	}

	g->critical_cost = dist[g->target];
	for (s = g->target, k = 0; s != (size_t)-1; s = pred[s])
		g->critical[k++] = s;
	g->ncritical = k;
	for (i = 0; i < k / 2; i++) {
		s = g->critical[i];
		g->critical[i] = g->critical[k - 1 - i];
		g->critical[k - 1 - i] = s;
	}
	free(pos);
	free(dist);
	free(pred);
	free(count);
	free(indeg);
	free(heap);
	free(placed);
}

/*
 * Build the stage graph of f into *out (always, even on error; caller
 * frees with graph_free()).  Findings go to d.  Returns 0, or -1 when
 * opts->target names no stage (DF4009 with a did-you-mean help is in d;
 * the graph then targets the last stage).
 */
int
graph_build(struct graph **out, const struct ast_file *f,
    const struct graph_opts *opts, struct diags *d)
{
	struct graph_ctx	 c;
	struct graph		*g;
	struct scope_opts	 so;
	struct diag		*dg;
	const char		*best;
	struct span		 nospan = { 0, 0 };
	int			 t, ret;

	g = xcalloc(1, sizeof(*g));
	g->file = f;
	g->arena = arena_new();
	memset(&so, 0, sizeof(so));
	if (opts != NULL) {
		so.build_args = opts->build_args;
		so.platform = opts->platform;
		so.target = opts->target;
	}
	g->scope = scope_new(f, &so);
	memset(&c, 0, sizeof(c));
	c.g = g;
	c.f = f;
	c.opts = opts;
	c.d = d;

	graph_stages(&c);
	graph_index(g);
	graph_cycles(&c);
	if (g->nstages == 0 && f->ninstrs > 0)
		graph_report(&c, "DF4015", f->instrs[0].span, "the Dockerfile "
		    "has no FROM, so it has no stage to build");

	ret = 0;
	if (g->nstages > 0)
		g->target = g->nstages - 1;
	if (opts != NULL && opts->target != NULL) {
		t = graph_find_stage(g, opts->target);
		if (t >= 0)
			g->target = (size_t)t;
		else {
			dg = graph_report(&c, "DF4009", nospan, "target stage "
			    "'%s' could not be found", opts->target);
			if ((best = graph_suggest(g, opts->target, 0)) != NULL)
				graph_help(dg, "did you mean '%s'?", best);
			ret = -1;
		}
	}
	graph_needs(g);
	graph_order(g);
	free(c.ihash);
	*out = g;
	return ret;
}

/* Free g, its scope and its arena.  NULL is a no-op. */
void
graph_free(struct graph *g)
{
	if (g == NULL)
		return;
	scope_free(g->scope);
	free(g->stages);
	free(g->images);
	free(g->edges);
	free(g->order);
	free(g->levels);
	free(g->level_start);
	free(g->critical);
	free(g->in_start);
	free(g->in_edges);
	free(g->out_start);
	free(g->out_edges);
	arena_free(g->arena);
	free(g);
}

/*
 * The stage holding in (a top-level instruction or the trigger of an
 * ONBUILD), or NULL for instructions before the first FROM.  Borrowed.
 */
const struct stage *
graph_stage_of(const struct graph *g, const struct ast_instr *in)
{
	size_t	i, s;

	if (scope_instr_index(g->scope, in, &i) == -1)
		return NULL;
	s = g->scope->stage_of[i];
	return s == SCOPE_NO_STAGE ? NULL : &g->stages[s];
}
