/* SPDX-License-Identifier: ISC */
/*
 * Printing a stage graph (graph.h) for `dfopt graph`: Graphviz dot, a
 * Mermaid flowchart, JSON (graph-json.c, the schema is in
 * man/graph-schema.txt) and a text tree.  Output is deterministic: same
 * file and options, same bytes.
 *
 *	enum graph_format fmt;
 *	if (graph_format_parse("dot", &fmt) == -1) ... usage error ...
 *	if (graph_dump(stdout, g, fmt) == -1) ... write error, errno set ...
 */
#ifndef GRAPH_DUMP_H
#define GRAPH_DUMP_H

#include <stdio.h>

struct graph;

enum graph_format {
	GRAPH_FORMAT_DOT = 0,
	GRAPH_FORMAT_JSON,
	GRAPH_FORMAT_MERMAID,
	GRAPH_FORMAT_TEXT
};

int	graph_format_parse(const char *, enum graph_format *);
int	graph_dump(FILE *, const struct graph *, enum graph_format);
int	graph_dump_dot(FILE *, const struct graph *);
int	graph_dump_mermaid(FILE *, const struct graph *);
int	graph_dump_text(FILE *, const struct graph *);

/* graph-json.c */
int	graph_json_dump(FILE *, const struct graph *);

#endif
