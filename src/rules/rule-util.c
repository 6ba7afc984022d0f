/* SPDX-License-Identifier: ISC */
/*
 * Helpers shared by the rule family files (see rule-util.h): RUN scripts
 * split into commands with file-coordinate spans, FROM chains, variable
 * references inside words and small string tests.  No finding is made
 * here and nothing is printed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "graph.h"
#include "shell.h"
#include "source.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/rule-util.h"


/*
 * run_open() (run.h) for instruction in of ctx's stage instead of
 * ctx->instr: the commands of another RUN, with file-offset spans.
 * Returns run_open()'s result; close rs with run_close() on success.
 */
int
rule_util_run_open(struct run_script *rs, const struct rule_ctx *ctx,
    const struct ast_instr *in)
{
	struct rule_ctx	c;

	c = *ctx;
	c.instr = in;
	c.parent = NULL;
	return run_open(rs, &c);
}

/*
 * The source span of bytes [off, off + len) of word w's raw text, when
 * the word is written on one line (raw and source bytes agree); else the
 * whole word.
 */
struct span
rule_util_word_part(const struct ast_word *w, size_t off, size_t len)
{
	struct span	s;

	if (w->raw == NULL || w->span.len != strlen(w->raw) ||
	    off + len > w->span.len)
		return w->span;
	s.off = w->span.off + off;
	s.len = len;
	return s;
}

/*
 * Span s extended over the blanks after it on the same line: what to
 * delete to remove a word or a flag cleanly.
 */
struct span
rule_util_with_blanks(const struct ast_file *f, struct span s)
{
	const struct source	*src = f->src;
	size_t			 e = SPAN_END(s);

	while (e < src->len && (src->data[e] == ' ' || src->data[e] == '\t'))
		e++;
	s.len = e - s.off;
	return s;
}

/* 1 if command c is one of names (NULL-terminated; see shell_cmd_is()). */
int
rule_util_cmd_any(const struct shell_cmd *c, const char *const *names)
{
	size_t	i;

	for (i = 0; names[i] != NULL; i++)
		if (shell_cmd_is(c, names[i]))
			return 1;
	return 0;
}

/* 1 if word w's value is one of words (NULL-terminated). */
int
rule_util_word_any(const struct shell_word *w, const char *const *words)
{
	size_t	i;

	for (i = 0; words[i] != NULL; i++)
		if (shell_word_eq(w, words[i]))
			return 1;
	return 0;
}

/*
 * Stage i and its FROM ancestors (stages only), i first: out[0..n).  At
 * most max entries; a cycle stops the walk.  Returns n.
 */
size_t
rule_util_chain(const struct graph *g, size_t i, size_t *out, size_t max)
{
	size_t	n, j;
	int	b;

	n = 0;
	while (n < max && i < g->nstages) {
		for (j = 0; j < n; j++)
			if (out[j] == i)
				return n;
		out[n++] = i;
		b = g->stages[i].base_stage;
		if (b < 0)
			break;
		i = (size_t)b;
	}
	return n;
}

/*
 * The image at the root of stage i's FROM chain, or NULL when the chain
 * ends in scratch, a named context, an error or a cycle.  *root is set to
 * the stage whose FROM names it (when root is not NULL).
 */
const struct graph_image *
rule_util_root_image(const struct graph *g, size_t i, size_t *root)
{
	size_t			*chain, n;
	const struct stage	*st;
	const struct graph_image *im;

	if (g->nstages == 0)
		return NULL;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, i, chain, g->nstages);
	st = &g->stages[chain[n - 1]];
	free(chain);
	if (root != NULL)
		*root = st->index;
	if (st->base_stage >= 0 || st->base_image < 0)
		return NULL;
	im = &g->images[st->base_image];
	return im->kind == GRAPH_IMAGE ? im : NULL;
}

/* 1 if stage i is the target of the build. */
int
rule_util_is_target(const struct graph *g, size_t i)
{
	return g->nstages > 0 && g->target == i;
}

/* 1 if c may appear in a variable name after its first character. */
int
rule_util_name_char(int c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/*
 * Find a reference to variable name in s: "$name" not followed by a name
 * character, or "${name" followed by '}' or a modifier.  Sets *off and
 * *len to the reference ("$name" or the whole "${...}") and returns 1;
 * returns 0 when there is none.
 */
int
rule_util_var_ref(const char *s, const char *name, size_t *off, size_t *len)
{
	const char	*p, *e;
	size_t		 n = strlen(name);
	int		 depth;

	for (p = s; (p = strchr(p, '$')) != NULL; p++) {
		if (strncmp(p + 1, name, n) == 0 &&
		    !rule_util_name_char(p[1 + n])) {
			*off = (size_t)(p - s);
			*len = n + 1;
			return 1;
		}
		if (p[1] != '{' || strncmp(p + 2, name, n) != 0 ||
		    rule_util_name_char(p[2 + n]) || p[2 + n] == '\0')
			continue;
		depth = 0;
		for (e = p + 1; *e != '\0'; e++) {
			if (*e == '{')
				depth++;
			else if (*e == '}' && --depth == 0)
				break;
		}
		*off = (size_t)(p - s);
		*len = (size_t)(e - p) + (*e == '}');
		return 1;
	}
	return 0;
}

/*
 * s without leading and trailing quote characters (hadolint's
 * dropQuotes): returns a pointer into s and sets *len.
 */
const char *
rule_util_drop_quotes(const char *s, size_t *len)
{
	size_t	n = strlen(s);

	while (n > 0 && (*s == '"' || *s == '\'')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\''))
		n--;
	*len = n;
	return s;
}

/*
 * 1 if the n bytes at s start with a Windows drive ("C:", "C:\\x",
 * "C:/x"): an absolute path on a Windows image, never a sensible relative
 * one on Linux.
 */
int
rule_util_windows_drive(const char *s, size_t n)
{
	return n >= 2 && isalpha((unsigned char)s[0]) && s[1] == ':' &&
	    (n == 2 || s[2] == '\\' || s[2] == '/');
}

/* Levenshtein distance of a and b (each cut at 64 bytes). */
size_t
rule_util_distance(const char *a, const char *b)
{
	size_t	la, lb, i, j, prev, cur, tmp, row[65];

	la = strlen(a);
	lb = strlen(b);
	if (la > 64)
		la = 64;
	if (lb > 64)
		lb = 64;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < cur)
				cur = row[j] + 1;
			if (row[j - 1] + 1 < cur)
				cur = row[j - 1] + 1;
			tmp = row[j];
			row[j] = cur;
			prev = tmp;
		}
	}
	return row[lb];
}

/*
 * The candidate closest to s (n candidates), when close enough to be a
 * likely typo: a distance of at most a third of s's length, at least 1.
 * Returns NULL otherwise.
 */
const char *
rule_util_suggest(const char *s, const char *const *cands, size_t n)
{
	const char	*best;
	size_t		 i, d, bestd, max;

	max = strlen(s) / 3;
	if (max < 1)
		max = 1;
	best = NULL;
	bestd = max + 1;
	for (i = 0; i < n; i++) {
		if (cands[i] == NULL || strcmp(cands[i], s) == 0)
			continue;
		d = rule_util_distance(s, cands[i]);
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	return best;
}

/* 1 if s holds an ASCII upper-case letter. */
int
rule_util_has_upper(const char *s)
{
	for (; *s != '\0'; s++)
		if (isupper((unsigned char)*s))
			return 1;
	return 0;
}

/* The part of path s after its last '/' (s itself when there is none). */
const char *
rule_util_basename(const char *s)
{
	const char	*p;

	if ((p = strrchr(s, '/')) != NULL)
		return p + 1;
	return s;
}

/* 1 if s ends with suffix. */
int
rule_util_suffix(const char *s, const char *suffix)
{
	size_t	n = strlen(s), m = strlen(suffix);

	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/* 1 if s starts with prefix. */
int
rule_util_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* 1 if s is an http:// or https:// URL. */
int
rule_util_is_url(const char *s)
{
	return rule_util_prefix(s, "http://") ||
	    rule_util_prefix(s, "https://");
}
