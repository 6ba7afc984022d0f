/* SPDX-License-Identifier: ISC */
/*
 * `dfopt graph --format json`: the stage graph as one JSON object, keys in
 * a fixed order (JSON_PRESERVE_ORDER), two-space indentation, written one
 * stage, image or edge at a time so that memory stays small.  The schema
 * is documented in man/graph-schema.txt; change both together.  Only this
 * file and the output formatters include jansson.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dfopt.h"
#include "ast.h"
#include "graph.h"
#include "graph-dump.h"
#include "output/jsonw.h"
#include "scope.h"
#include "source.h"

static json_t *
graph_json_pos(const struct source *src, size_t off)
{
	struct source_pos	p;

	p = source_position(src, off);
	return json_pack("{s:I, s:I, s:I}", "line", (json_int_t)p.line,
	    "column", (json_int_t)p.column, "offset", (json_int_t)p.offset);
}

/* {start: {line, column, offset}, end: {...}}; end is exclusive. */
static json_t *
graph_json_span(const struct source *src, struct span sp)
{
	return json_pack("{s:o, s:o}", "start", graph_json_pos(src, sp.off),
	    "end", graph_json_pos(src, SPAN_END(sp)));
}

/*
 * Names, references and file names come from the Dockerfile and may hold
 * invalid UTF-8, which json_string() refuses: jsonw_str() replaces it.
 */
static json_t *
graph_json_str(const char *s)
{
	return jsonw_str(s);
}

static json_t *
graph_json_int(int v)
{
	return v >= 0 ? json_integer(v) : json_null();
}

static json_t *
graph_json_list(const size_t *v, size_t n)
{
	json_t	*a;
	size_t	 i;

	a = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(a, json_integer((json_int_t)v[i]));
	return a;
}

static const char *
graph_json_kind(enum graph_edge_kind k)
{
	switch (k) {
	case GRAPH_EDGE_FROM:
		return "from";
	case GRAPH_EDGE_COPY:
		return "copy";
	case GRAPH_EDGE_MOUNT:
		return "mount";
	}
	BUG("graph_json_kind: %d", (int)k);
}

static json_t *
graph_json_stage(const struct graph *g, const struct stage *st)
{
	const struct source	*src = g->file->src;
	const struct ast_instr	*last;
	struct span		 all;

	last = &g->file->instrs[st->end - 1];
	all.off = st->from->span.off;
	all.len = SPAN_END(last->span) - all.off;
	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, "
	    "s:I, s:b, s:b, s:b, s:b, s:I}",
	    "index", (json_int_t)st->index,
	    "name", graph_json_str(st->name),
	    "label", graph_json_str(st->label),
	    "base", graph_json_str(st->base),
	    "base_stage", graph_json_int(st->base_stage),
	    "base_image", graph_json_int(st->base_image),
	    "platform", graph_json_str(st->platform),
	    "from_span", graph_json_span(src, st->from->span),
	    "span", graph_json_span(src, all),
	    "instructions", (json_int_t)st->cost,
	    "needed", st->needed,
	    "runtime", st->runtime,
	    "context", st->context,
	    "cyclic", st->cyclic,
	    "level", (json_int_t)st->level);
}

static json_t *
graph_json_image(const struct graph_image *im)
{
	return json_pack("{s:I, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b}",
	    "index", (json_int_t)im->index,
	    "kind", graph_image_kind_name(im->kind),
	    "ref", graph_json_str(im->ref),
	    "familiar", graph_json_str(im->familiar),
	    "registry", graph_json_str(im->domain),
	    "repository", graph_json_str(im->repository),
	    "tag", graph_json_str(im->tag),
	    "digest", graph_json_str(im->digest),
	    "needed", im->needed);
}

static json_t *
graph_json_edge(const struct graph *g, const struct graph_edge *e)
{
	const struct source	*src = g->file->src;

	return json_pack("{s:s, s:o, s:o, s:I, s:o, s:b, s:b, s:b, s:o, "
	    "s:o}",
	    "kind", graph_json_kind(e->kind),
	    "stage", graph_json_int(e->stage),
	    "image", graph_json_int(e->image),
	    "to", (json_int_t)e->to,
	    "ref", graph_json_str(e->ref),
	    "onbuild", e->onbuild != NULL,
	    "forward", e->forward,
	    "cyclic", e->cyclic,
	    "span", graph_json_span(src, e->span),
	    "instruction", graph_json_span(src, e->onbuild != NULL ?
	    e->onbuild->span : e->instr->span));
}

/*
 * Write v (consumed) as jansson prints it at nesting depth: dumped on its
 * own, then every line after the first indented by 2 * depth spaces, so
 * that the document is byte for byte what one json_dumps() of the whole
 * tree would print, without holding the whole tree in memory.
 */
static void
graph_json_put(FILE *fp, json_t *v, int depth)
{
	char		*text;
	const char	*p, *nl;

	text = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_ENCODE_ANY);
	json_decref(v);
	if (text == NULL)
		BUG("graph_json_put: json_dumps failed");
	for (p = text; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		fprintf(fp, "%.*s\n%*s", (int)(nl - p), p, 2 * depth, "");
	fputs(p, fp);
	free(text);
}

/* Start member key of the top-level object. */
static void
graph_json_key(FILE *fp, const char *key, int first)
{
	fprintf(fp, "%s\n  \"%s\": ", first ? "{" : ",", key);
}

/* Print g as JSON.  Returns 0, or -1 on a write error. */
int
graph_json_dump(FILE *fp, const struct graph *g)
{
	json_t	*a;
	size_t	 i, n;

	graph_json_key(fp, "file", 1);
	graph_json_put(fp, graph_json_str(g->file->src->name), 1);
	graph_json_key(fp, "platform", 0);
	graph_json_put(fp, json_pack("{s:s, s:s}",
	    "build", g->scope->build_platform,
	    "target", g->scope->target_platform), 1);
	graph_json_key(fp, "target", 0);
	graph_json_put(fp, g->nstages > 0 ?
	    json_integer((json_int_t)g->target) : json_null(), 1);

	/* The long arrays, one element at a time. */
	graph_json_key(fp, "stages", 0);
	fputs(g->nstages == 0 ? "[]" : "[", fp);
	for (i = 0; i < g->nstages; i++) {
		fputs(i > 0 ? ",\n    " : "\n    ", fp);
		graph_json_put(fp, graph_json_stage(g, &g->stages[i]), 2);
	}
	fputs(g->nstages == 0 ? "" : "\n  ]", fp);
	graph_json_key(fp, "images", 0);
	fputs(g->nimages == 0 ? "[]" : "[", fp);
	for (i = 0; i < g->nimages; i++) {
		fputs(i > 0 ? ",\n    " : "\n    ", fp);
		graph_json_put(fp, graph_json_image(&g->images[i]), 2);
	}
	fputs(g->nimages == 0 ? "" : "\n  ]", fp);
	graph_json_key(fp, "edges", 0);
	fputs(g->nedges == 0 ? "[]" : "[", fp);
	for (i = 0; i < g->nedges; i++) {
		fputs(i > 0 ? ",\n    " : "\n    ", fp);
		graph_json_put(fp, graph_json_edge(g, &g->edges[i]), 2);
	}
	fputs(g->nedges == 0 ? "" : "\n  ]", fp);

	a = json_array();
	for (i = 0; i < g->nstages; i++)
		if (g->stages[i].needed)
			json_array_append_new(a, json_integer((json_int_t)i));
	graph_json_key(fp, "needed", 0);
	graph_json_put(fp, a, 1);
	a = json_array();
	for (i = 0; i < g->nstages; i++)
		if (!g->stages[i].needed)
			json_array_append_new(a, json_integer((json_int_t)i));
	graph_json_key(fp, "unused", 0);
	graph_json_put(fp, a, 1);
	graph_json_key(fp, "order", 0);
	graph_json_put(fp, graph_json_list(g->order, g->nstages), 1);
	a = json_array();
	for (i = 0; i < g->nlevels; i++) {
		n = g->level_start[i + 1] - g->level_start[i];
		json_array_append_new(a, graph_json_list(g->levels +
		    g->level_start[i], n));
	}
	graph_json_key(fp, "levels", 0);
	graph_json_put(fp, a, 1);
	graph_json_key(fp, "critical_path", 0);
	graph_json_put(fp, json_pack("{s:o, s:I}",
	    "stages", graph_json_list(g->critical, g->ncritical),
	    "instructions", (json_int_t)g->critical_cost), 1);
	graph_json_key(fp, "cyclic", 0);
	graph_json_put(fp, json_boolean(g->cyclic), 1);
	fputs("\n}\n", fp);
	return ferror(fp) ? -1 : 0;
}
