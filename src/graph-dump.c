/* SPDX-License-Identifier: ISC */
/*
 * Graph printers for `dfopt graph`: Graphviz dot, a Mermaid flowchart and
 * a text tree (JSON is graph-json.c).  They only read a finished graph;
 * they never report findings.  Each returns -1 when the stream has an
 * error, so the caller can exit with DFOPT_EXIT_SYSTEM.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "graph.h"
#include "graph-dump.h"
#include "source.h"
#include "xmalloc.h"

/* Text trees stop at this depth (a chain of stages is quadratic). */
#define GRAPH_TEXT_DEPTH	32

/* dot attributes of an unused node */
#define GRAPH_DOT_UNUSED	", style=\"filled,dashed\", " \
	"fillcolor=\"#eeeeee\", color=\"#999999\", fontcolor=\"#999999\""

static const char *const graph_format_names[] = {
	"dot", "json", "mermaid", "text"
};

/* Parse a --format value.  Returns 0 and sets *out, or -1 if unknown. */
int
graph_format_parse(const char *s, enum graph_format *out)
{
	size_t	i;

	for (i = 0; i < sizeof(graph_format_names) /
	    sizeof(graph_format_names[0]); i++)
		if (strcmp(s, graph_format_names[i]) == 0) {
			*out = (enum graph_format)i;
			return 0;
		}
	return -1;
}

/* Print g to fp in format fmt.  Returns 0, or -1 on a write error. */
int
graph_dump(FILE *fp, const struct graph *g, enum graph_format fmt)
{
	int	ret;

	switch (fmt) {
	case GRAPH_FORMAT_DOT:
		ret = graph_dump_dot(fp, g);
		break;
	case GRAPH_FORMAT_JSON:
		ret = graph_json_dump(fp, g);
		break;
	case GRAPH_FORMAT_MERMAID:
		ret = graph_dump_mermaid(fp, g);
		break;
	case GRAPH_FORMAT_TEXT:
		ret = graph_dump_text(fp, g);
		break;
	default:
		BUG("graph_dump: format %d", (int)fmt);
	}
	if (fflush(fp) == EOF || ferror(fp))
		return -1;
	return ret;
}

/* What a stage starts from, for labels: an image's short name or a stage. */
static const char *
graph_dump_base(const struct graph *g, const struct stage *st)
{
	if (st->base_stage >= 0)
		return g->stages[st->base_stage].label;
	if (st->base_image >= 0)
		return g->images[st->base_image].familiar;
	return *st->base != '\0' ? st->base : "(none)";
}

/* "builder (0)" or "stage 1": how a stage is named in labels. */
static char *
graph_dump_title(const struct stage *st)
{
	char	*s;

	if (st->name != NULL)
		xasprintf(&s, "%s (%zu)", st->name, st->index);
	else
		xasprintf(&s, "stage %zu", st->index);
	return s;
}

static size_t
graph_dump_line(const struct graph *g, struct span sp)
{
	return source_position(g->file->src, sp.off).line;
}

/* Edge label: "FROM", "COPY --from", "mount", "ONBUILD COPY --from". */
static const char *
graph_dump_edge_label(const struct graph_edge *e)
{
	if (e->onbuild == NULL)
		return graph_edge_kind_name(e->kind);
	return e->kind == GRAPH_EDGE_COPY ? "ONBUILD COPY --from" :
	    "ONBUILD mount";
}

static int
graph_dump_any_context(const struct graph *g)
{
	size_t	i;

	for (i = 0; i < g->nstages; i++)
		if (g->stages[i].context)
			return 1;
	return 0;
}

/* Write s as the inside of a dot double-quoted string. */
static void
graph_dot_str(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', fp);
		if (*s == '\n')
			fputs("\\n", fp);
		else
			fputc(*s, fp);
	}
}

/*
 * Graphviz: stages are boxes, images ellipses, the build context a folder;
 * edges run from the source to the stage that uses it.  The target is bold
 * and blue, unused stages and images grey and dashed, cycle and forward
 * edges red.
 */
int
graph_dump_dot(FILE *fp, const struct graph *g)
{
	const struct stage	*st;
	const struct graph_image *im;
	const struct graph_edge	*e;
	char			*title;
	size_t			 i;

	fputs("digraph dockerfile {\n", fp);
	fputs("\tgraph [rankdir=LR, fontname=\"Helvetica\"];\n", fp);
	fputs("\tnode [fontname=\"Helvetica\", fontsize=11];\n", fp);
	fputs("\tedge [fontname=\"Helvetica\", fontsize=9];\n", fp);
	if (graph_dump_any_context(g))
		fputs("\tcontext [shape=folder, label=\"build context\", "
		    "color=\"#666666\", fontcolor=\"#666666\"];\n", fp);
	for (i = 0; i < g->nimages; i++) {
		im = &g->images[i];
		fprintf(fp, "\ti%zu [shape=ellipse, label=\"", i);
		graph_dot_str(fp, im->kind == GRAPH_CONTEXT ? "context " : "");
		graph_dot_str(fp, im->familiar);
		fputc('"', fp);
		if (im->kind == GRAPH_SCRATCH)
			fputs(", style=dashed", fp);
		if (!im->needed)
			fputs(GRAPH_DOT_UNUSED, fp);
		fputs("];\n", fp);
	}
	for (i = 0; i < g->nstages; i++) {
		st = &g->stages[i];
		title = graph_dump_title(st);
		fprintf(fp, "\ts%zu [shape=box, label=\"", i);
		graph_dot_str(fp, title);
		fputs("\\nFROM ", fp);
		graph_dot_str(fp, graph_dump_base(g, st));
		if (st->platform != NULL) {
			fputs("\\n--platform=", fp);
			graph_dot_str(fp, st->platform);
		}
		fprintf(fp, "\\n%zu instruction%s\"", st->cost,
		    st->cost == 1 ? "" : "s");
		free(title);
		if (g->nstages > 0 && i == g->target)
			fputs(", style=\"bold,filled\", fillcolor=\"#cfe2ff\", "
			    "color=\"#1f6feb\", penwidth=2", fp);
		else if (!st->needed)
			fputs(GRAPH_DOT_UNUSED, fp);
		fputs("];\n", fp);
	}
	for (i = 0; i < g->nedges; i++) {
		e = &g->edges[i];
		if (e->stage >= 0)
			fprintf(fp, "\ts%d -> s%zu", e->stage, e->to);
		else
			fprintf(fp, "\ti%d -> s%zu", e->image, e->to);
		fputs(" [label=\"", fp);
		graph_dot_str(fp, graph_dump_edge_label(e));
		fputc('"', fp);
		if (e->cyclic || e->forward)
			fputs(", color=\"#d1242f\", fontcolor=\"#d1242f\"", fp);
		else if (!g->stages[e->to].needed)
			fputs(", color=\"#999999\", fontcolor=\"#999999\"", fp);
		if (e->onbuild != NULL)
			fputs(", style=dashed", fp);
		fputs("];\n", fp);
	}
	for (i = 0; i < g->nstages; i++)
		if (g->stages[i].context)
			fprintf(fp, "\tcontext -> s%zu [style=dotted, "
			    "color=\"#666666\", arrowhead=empty];\n", i);
	fputs("}\n", fp);
	return ferror(fp) ? -1 : 0;
}

/* Write s inside a Mermaid "..." label. */
static void
graph_mermaid_str(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '"':
			fputs("#quot;", fp);
			break;
		case '<':
			fputs("#lt;", fp);
			break;
		case '>':
			fputs("#gt;", fp);
			break;
		case '#':
			fputs("#35;", fp);
			break;
		default:
			fputc(*s, fp);
		}
	}
}

/* A Mermaid flowchart, usable in a ```mermaid block in Markdown. */
int
graph_dump_mermaid(FILE *fp, const struct graph *g)
{
	const struct stage	*st;
	const struct graph_image *im;
	const struct graph_edge	*e;
	char			*title;
	size_t			 i;
	int			 unused;

	fputs("flowchart LR\n", fp);
	if (graph_dump_any_context(g))
		fputs("    context[(\"build context\")]\n", fp);
	for (i = 0; i < g->nimages; i++) {
		im = &g->images[i];
		fprintf(fp, "    i%zu([\"", i);
		graph_mermaid_str(fp, im->kind == GRAPH_CONTEXT ? "context " :
		    "");
		graph_mermaid_str(fp, im->familiar);
		fputs("\"])\n", fp);
	}
	for (i = 0; i < g->nstages; i++) {
		st = &g->stages[i];
		title = graph_dump_title(st);
		fprintf(fp, "    s%zu[\"", i);
		graph_mermaid_str(fp, title);
		fputs("<br/>FROM ", fp);
		graph_mermaid_str(fp, graph_dump_base(g, st));
		if (st->platform != NULL) {
			fputs("<br/>--platform=", fp);
			graph_mermaid_str(fp, st->platform);
		}
		fprintf(fp, "<br/>%zu instruction%s\"]\n", st->cost,
		    st->cost == 1 ? "" : "s");
		free(title);
	}
	for (i = 0; i < g->nedges; i++) {
		e = &g->edges[i];
		if (e->stage >= 0)
			fprintf(fp, "    s%d ", e->stage);
		else
			fprintf(fp, "    i%d ", e->image);
		fprintf(fp, "%s|\"", e->onbuild != NULL ? "-.->" : "-->");
		graph_mermaid_str(fp, graph_dump_edge_label(e));
		fprintf(fp, "\"| s%zu\n", e->to);
	}
	for (i = 0; i < g->nstages; i++)
		if (g->stages[i].context)
			fprintf(fp, "    context -.-> s%zu\n", i);
	fputs("    classDef target stroke:#1f6feb,stroke-width:3px\n", fp);
	fputs("    classDef unused fill:#eeeeee,stroke:#999999,color:#999999,"
	    "stroke-dasharray:4 3\n", fp);
	if (g->nstages > 0)
		fprintf(fp, "    class s%zu target\n", g->target);
	unused = 0;
	for (i = 0; i < g->nstages; i++)
		if (!g->stages[i].needed) {
			fprintf(fp, "%ss%zu", unused ? "," : "    class ", i);
			unused = 1;
		}
	for (i = 0; i < g->nimages; i++)
		if (!g->images[i].needed) {
			fprintf(fp, "%si%zu", unused ? "," : "    class ", i);
			unused = 1;
		}
	if (unused)
		fputs(" unused\n", fp);
	return ferror(fp) ? -1 : 0;
}

/* One stage and, below it, what it is built from, to a bounded depth. */
static void
graph_text_stage(FILE *fp, const struct graph *g, size_t s, char *prefix,
    size_t depth, int *shown)
{
	const struct graph_edge	*e;
	const struct stage	*src;
	const struct graph_image *im;
	size_t			 i, j, last, plen;
	char			*title;

	/* The build context, when read, is the last child. */
	last = (size_t)-1;
	if (!g->stages[s].context && g->in_start[s + 1] > g->in_start[s])
		last = g->in_start[s + 1] - 1;
	shown[s] = 1;
	plen = strlen(prefix);
	for (j = g->in_start[s]; j < g->in_start[s + 1]; j++) {
		e = &g->edges[i = g->in_edges[j]];
		fprintf(fp, "%s%s %s ", prefix, j == last ? "`--" : "|--",
		    graph_dump_edge_label(e));
		if (e->image >= 0) {
			im = &g->images[e->image];
			if (im->kind == GRAPH_SCRATCH)
				fputs("scratch", fp);
			else
				fprintf(fp, "%s %s",
				    graph_image_kind_name(im->kind), im->ref);
		} else {
			src = &g->stages[e->stage];
			title = graph_dump_title(src);
			fputs(title, fp);
			free(title);
		}
		if (e->kind == GRAPH_EDGE_FROM && g->stages[s].platform != NULL)
			fprintf(fp, " --platform=%s", g->stages[s].platform);
		fprintf(fp, "  (line %zu)", graph_dump_line(g, e->span));
		if (e->cyclic)
			fputs(" [cycle]", fp);
		else if (e->forward)
			fputs(" [forward]", fp);
		if (e->stage < 0 || shown[e->stage]) {
			if (e->stage >= 0 && !e->cyclic)
				fputs(" (see above)", fp);
			fputc('\n', fp);
			continue;
		}
		if (depth + 1 >= GRAPH_TEXT_DEPTH) {
			fputs(" (deeper stages not shown)\n", fp);
			continue;
		}
		fputc('\n', fp);
		memcpy(prefix + plen, j == last ? "    " : "|   ", 5);
		graph_text_stage(fp, g, (size_t)e->stage, prefix, depth + 1,
		    shown);
		prefix[plen] = '\0';
	}
	if (g->stages[s].context)
		fprintf(fp, "%s`-- build context\n", prefix);
}

/* Print a stage tree root: "app (2) FROM alpine:3  [target]". */
static void
graph_text_root(FILE *fp, const struct graph *g, size_t s, int *shown)
{
	const struct stage	*st = &g->stages[s];
	char			*title, *prefix;

	title = graph_dump_title(st);
	fprintf(fp, "%s, %zu instruction%s%s%s\n", title, st->cost,
	    st->cost == 1 ? "" : "s", s == g->target ? "  [target]" : "",
	    st->needed ? "" : "  [unused]");
	free(title);
	prefix = xcalloc(4 * GRAPH_TEXT_DEPTH + 8, 1);
	graph_text_stage(fp, g, s, prefix, 0, shown);
	free(prefix);
}

/* Whether another stage uses stage s. */
static int
graph_text_used(const struct graph *g, size_t s)
{
	size_t	j;

	for (j = g->out_start[s]; j < g->out_start[s + 1]; j++)
		if (g->edges[g->out_edges[j]].to != s)
			return 1;
	return 0;
}

static void
graph_text_list(FILE *fp, const struct graph *g, const size_t *v, size_t n,
    const char *sep)
{
	size_t	 i;
	char	*title;

	for (i = 0; i < n; i++) {
		title = graph_dump_title(&g->stages[v[i]]);
		fprintf(fp, "%s%s", i > 0 ? sep : "", title);
		free(title);
	}
}

/*
 * A tree for terminals: the target and what it is built from, then each
 * unused stage, then the order, levels and critical path.
 */
int
graph_dump_text(FILE *fp, const struct graph *g)
{
	size_t	 i, n;
	int	*shown;

	fprintf(fp, "%s: %zu stage%s, %zu image%s", g->file->src->name,
	    g->nstages, g->nstages == 1 ? "" : "s", g->nimages,
	    g->nimages == 1 ? "" : "s");
	if (g->nstages == 0) {
		fputs("\n", fp);
		return ferror(fp) ? -1 : 0;
	}
	fputs(", target ", fp);
	graph_text_list(fp, g, &g->target, 1, "");
	fputs("\n\n", fp);
	shown = xcalloc(g->nstages, sizeof(*shown));
	graph_text_root(fp, g, g->target, shown);
	/* Unused stages that no other stage uses first, then the rest. */
	for (i = 0; i < g->nstages; i++)
		if (!shown[i] && !g->stages[i].needed &&
		    !graph_text_used(g, i)) {
			fputc('\n', fp);
			graph_text_root(fp, g, i, shown);
		}
	for (i = 0; i < g->nstages; i++)
		if (!shown[i] && !g->stages[i].needed) {
			fputc('\n', fp);
			graph_text_root(fp, g, i, shown);
		}
	free(shown);

	fputs("\nunused:", fp);
	for (i = 0, n = 0; i < g->nstages; i++)
		if (!g->stages[i].needed) {
			fputs(n++ > 0 ? ", " : " ", fp);
			graph_text_list(fp, g, &i, 1, "");
		}
	fputs(n == 0 ? " none\n" : "\n", fp);
	fputs("order: ", fp);
	graph_text_list(fp, g, g->order, g->nstages, ", ");
	fputs("\nlevels:", fp);
	for (i = 0; i < g->nlevels; i++) {
		fprintf(fp, "%s%zu: ", i > 0 ? "; " : " ", i);
		graph_text_list(fp, g, g->levels + g->level_start[i],
		    g->level_start[i + 1] - g->level_start[i], ", ");
	}
	fputs("\ncritical path: ", fp);
	graph_text_list(fp, g, g->critical, g->ncritical, " -> ");
	fprintf(fp, " (%zu instruction%s)\n", g->critical_cost,
	    g->critical_cost == 1 ? "" : "s");
	return ferror(fp) ? -1 : 0;
}
