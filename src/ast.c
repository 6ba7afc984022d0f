/* SPDX-License-Identifier: ISC */
/*
 * Small queries over the syntax tree (kind names, the logical-text map,
 * flag and FROM accessors).  Building the tree is parser.c; printing it is
 * ast-dump.c.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"

static const char *const ast_kind_names[AST_KIND_COUNT] = {
	"UNKNOWN", "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV",
	"EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
	"RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"
};

/* Free a file's tree and its arena.  NULL is a no-op. */
void
ast_file_free(struct ast_file *f)
{
	struct arena	*a;

	if (f == NULL)
		return;
	a = f->arena;
	arena_free(a);	/* f itself lives in the arena */
}

/* The upper-case keyword of kind ("UNKNOWN" for AST_UNKNOWN). */
const char *
ast_kind_name(enum ast_kind k)
{
	if ((unsigned)k >= AST_KIND_COUNT)
		BUG("ast_kind_name: %d", (int)k);
	return ast_kind_names[k];
}

/* The kind of a keyword (case-insensitive), or AST_UNKNOWN. */
enum ast_kind
ast_kind_lookup(const char *kw, size_t len)
{
	size_t	i;

	for (i = 1; i < AST_KIND_COUNT; i++)
		if (strlen(ast_kind_names[i]) == len &&
		    strncasecmp(ast_kind_names[i], kw, len) == 0)
			return (enum ast_kind)i;
	return AST_UNKNOWN;
}

/*
 * Source offset of logical offset loff in t.  An offset at a segment
 * boundary maps to the start of the next segment; loff == t->len maps just
 * past the last byte.
 */
size_t
ast_text_source_off(const struct ast_text *t, size_t loff)
{
	size_t	lo, hi, mid;

	if (t->nsegs == 0)
		return t->span.off;
	lo = 0;
	hi = t->nsegs;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (t->segs[mid].loff <= loff)
			lo = mid;
		else
			hi = mid;
	}
	if (loff >= t->segs[lo].loff + t->segs[lo].len) {
		/* Past the last segment: just after its last byte. */
		return t->segs[lo].soff + t->segs[lo].len;
	}
	return t->segs[lo].soff + (loff - t->segs[lo].loff);
}

/*
 * Source span of logical bytes [loff, loff + llen): from the first byte's
 * source offset to just past the last byte's, so a range that crosses a
 * continuation covers the escape and newline too.
 */
struct span
ast_text_span(const struct ast_text *t, size_t loff, size_t llen)
{
	struct span	s;
	size_t		end;

	s.off = ast_text_source_off(t, loff);
	if (llen == 0) {
		s.len = 0;
		return s;
	}
	end = ast_text_source_off(t, loff + llen - 1) + 1;
	s.len = end > s.off ? end - s.off : 0;
	return s;
}

/* The last flag named name (case-sensitive, as BuildKit), or NULL. */
const struct ast_flag *
ast_flag_get(const struct ast_instr *in, const char *name)
{
	size_t	i;

	for (i = in->nflags; i > 0; i--)
		if (strcmp(in->flags[i - 1].name, name) == 0)
			return &in->flags[i - 1];
	return NULL;
}

/* The image word of a FROM, or NULL when it has none. */
const struct ast_word *
ast_from_image(const struct ast_instr *in)
{
	if (in->kind != AST_FROM || in->nwords == 0)
		return NULL;
	return &in->words[0];
}

/* The stage name of "FROM image AS name", or NULL. */
const struct ast_word *
ast_from_name(const struct ast_instr *in)
{
	if (in->kind != AST_FROM || in->nwords != 3 ||
	    strcasecmp(in->words[1].value, "as") != 0)
		return NULL;
	return &in->words[2];
}

/* The directive named name (lower-case), or NULL. */
const struct ast_directive *
ast_directive_get(const struct ast_file *f, const char *name)
{
	size_t	i;

	for (i = 0; i < f->ndirectives; i++)
		if (strcmp(f->directives[i].name, name) == 0)
			return &f->directives[i];
	return NULL;
}
